package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.app.AppServices;
import com.orderdesk.application.kpi.BookLedgers;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.time.Clock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kpi --ledger DIR --as-of D [--days P] [--out FILE]}: the order-to-cash figures of
 * contracts/kpi.md from ledger files, as JSON. Read-only: no database, no sign-in.
 * {@code kpi --db FILE --user NAME --as-of D ...}: the same figures from the book (read as the same
 * ledgers). It signs in like the book's other read-only commands (customers export, audit) with the
 * right to see receivables: the figures are the receivables.
 */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = {"Computes the order-to-cash figures (DSO, best possible DSO, countback, CEI, aging, touchless "
                + "and auto-cash rates, split shipments, cost per order, perfect orders, days to ship and to pay) "
                + "for the P days ending on the as-of date, from invoices.csv, settlements.csv, payments.csv and "
                + "orders.csv (--ledger), or from the book (--db, signed in: credit managers, AR staff, administrators), "
                + "and writes them as JSON.",
                "Exit status: 0 done, 2 bad input (one located message per problem on standard error, nothing written)."})
public final class KpiCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    /** A hundred years: the engine keeps a balance per day of the period, so an absurd --days must not exhaust memory. */
    static final int MAX_DAYS = 36_525;

    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", paramLabel = "DIR",
            description = "Folder with invoices.csv, settlements.csv, payments.csv and orders.csv (UTF-8, header row).")
    Path ledger;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The as-of date D (last day of the period).")
    String asOf;

    @Option(names = "--days", defaultValue = "90", paramLabel = "P", description = "Length of the period in days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the JSON (default: standard output).")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputProblems problems = new InputProblems();
        LocalDate asOfDate = null;
        try {
            asOfDate = LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            problems.addFile("--as-of", "\"" + asOf + "\" is not a date (YYYY-MM-DD)");
        }
        if (days < 1 || days > MAX_DAYS) {
            problems.addFile("--days", "must be from 1 to " + MAX_DAYS + " (was " + days + ")");
        }
        String refusal = out == null ? null : FileTrouble.unwritable(out, "kpi.json");
        if (refusal != null) {
            problems.addFile("--out", refusal);
        }
        Ledgers ledgers = null;
        if ((ledger == null) == database.isEmpty()) {
            problems.addFile("--ledger", "give either --ledger DIR (ledger files) or --db FILE (the book), not "
                    + (ledger == null ? "neither" : "both"));
        } else if (ledger == null) {
            if (!problems.isEmpty()) {
                problems.printTo(err);
                return BAD_INPUT;
            }
            ledgers = fromBook(err);
        } else if (!Files.isDirectory(ledger)) {
            problems.addFile("--ledger", "folder " + ledger + " does not exist");
        } else {
            ledgers = KpiLedgerFiles.read(ledger, problems);
        }
        if (ledgers == null || !problems.isEmpty()) {
            problems.printTo(err);
            return BAD_INPUT;
        }
        KpiFigures figures = KpiBook.of(ledgers).figures(asOfDate, days);
        try {
            String json = KpiJson.write(figures);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(json);
                stdout.flush();
            } else {
                writeWhole(out, json);
            }
        } catch (IOException e) {
            err.println((out == null ? "standard output" : out.toString()) + ": cannot write: " + FileTrouble.why(out, e));
            err.flush();
            return 1;
        }
        return 0;
    }

    /** The book's ledgers; rows that could not be read are named on standard error and left out. */
    private Ledgers fromBook(PrintWriter err) {
        try (AppServices services = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(services.signIn(), services.authorizer(), Permission.VIEW_RECEIVABLES);
            BookLedgers.Read read = services.kpi().ledgers(user);
            read.damaged().forEach(d -> err.println("left out: " + d));
            err.flush();
            return read.ledgers();
        }
    }

    /** Writes through a temporary file and a rename, so a failure never leaves a partial file. */
    private static void writeWhole(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".kpis", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
