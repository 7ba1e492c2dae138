package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.desk.MatchedPayment;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports bank and remittance files into the book as the cash desk's Import file does, then
 * auto-matches: every file is read and checked first (one refused file writes nothing at all),
 * then each is stored in its own transaction, skipping transactions already in the book.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import bank and remittance files (camt.052/053/054, BAI2/BTRS, MT940/MT942, X12 820, bank CSV;"
                + " recognised by content) into the book, skip transactions already imported, then auto-match."
                + " Signed in: --user NAME (AR clerk), password from $ORDERDESK_PASSWORD.")
public final class CashImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The bank or remittance files to import.")
    List<Path> files;

    @picocli.CommandLine.Option(names = "--timings", hidden = true,
            description = "Also print each stage's elapsed time on standard error (for cash-import-bench).")
    boolean timings;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.APPLY_CASH);
            List<ImportOutcome> outcomes;
            long t0 = System.nanoTime();
            try {
                outcomes = book.cash().importFiles(user, files);
            } catch (ImportException e) {
                // one line per problem, located (capped per file); nothing was written
                for (String line : e.problems()) {
                    err.println(spec.qualifiedName() + ": " + line.replaceAll("\\s+", " "));
                }
                err.println(spec.qualifiedName() + ": nothing was imported");
                err.flush();
                return 2;
            }
            LocalDate day = LocalDate.now(clock);
            List<String> numbers = new ArrayList<>();
            for (ImportOutcome o : outcomes) {
                numbers.addAll(o.paymentNumbers());
                if (o.latest() != null && o.latest().isAfter(day)) {
                    day = o.latest();
                }
            }
            long t1 = System.nanoTime();
            MatchOutcome match = numbers.isEmpty() ? null : book.cash().autoMatch(user, day, p -> { }, () -> false);
            long t2 = System.nanoTime();
            List<MatchedPayment> matched = numbers.isEmpty() ? List.of() : book.cash().matched(user, numbers);
            int at = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                ImportOutcome o = outcomes.get(i);
                out.println(o.summary(files.get(i).toString()) + (o.earlier().isEmpty() ? "" : ": " + o.earlier()));
                for (int k = 0; k < o.imported(); k++) {
                    out.println("  " + line(matched.get(at++)));
                }
            }
            if (match != null) {
                out.printf("Matched %d open payment%s: %d AUTO, %d SUGGESTED, %d UNAPPLIED%n", match.total(),
                        match.total() == 1 ? "" : "s", match.auto(), match.suggested(), match.unapplied());
            }
            out.flush();
            if (timings) {
                err.printf(java.util.Locale.ROOT, "timings: read, check and store %.2f s, auto-match %.2f s, report %.2f s%n",
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
                err.flush();
            }
            return 0;
        }
    }

    /** "PMT-000004 490.00 USD AUTO INV-000101 (C-1001 Acme Janitorial Supply)". */
    static String line(MatchedPayment p) {
        StringBuilder sb = new StringBuilder(p.number()).append(' ').append(p.amount().toPlainString()).append(' ')
                .append(p.currency()).append(' ').append(p.status() == null ? "NOT MATCHED" : p.status().name());
        if (!p.invoices().isEmpty()) {
            sb.append(' ').append(String.join(" ", p.invoices()));
        }
        if (p.customerNo() != null) {
            sb.append(" (").append(p.customerNo()).append(')');
        } else if (p.payerName() != null) {
            sb.append(" (payer ").append(p.payerName()).append(')');
        }
        return sb.toString();
    }
}
