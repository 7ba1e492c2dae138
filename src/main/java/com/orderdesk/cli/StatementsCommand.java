package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.app.AppServices;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.collections.StatementUseCases;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.reporting.StatementPdfs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code orderdesk statements}: the statement of account of every customer owing a balance on a
 * day, one PDF each, signed in as an AR user; the run is audited like the one from the worklist.
 */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = "Write the statement of account of every customer owing a balance on --as-of, one PDF per customer"
                + " (STMT-<customer>-<date>.pdf). Customers with a zero or credit balance get none."
                + " --kind activity writes the activity for a period instead (opening balance, each movement with a running"
                + " balance, closing balance and aging; STMT-<customer>-<from>-to-<as-of>.pdf) for every customer whose"
                + " account moved or owes or is owed something."
                + " Signed in: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class StatementsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
            description = "The statement date: items issued by then, aged on it (today or earlier).")
    LocalDate asOf;

    /** The two kinds of statement, as the command line names them. */
    enum Kind { OPEN_ITEMS, ACTIVITY }

    @Option(names = "--kind", defaultValue = "open-items", paramLabel = "open-items|activity", converter = KindConverter.class,
            description = "open-items (default): what is open on --as-of, aged; activity: the account's movements from --from"
                    + " to --as-of with the balances before and after.")
    Kind kind;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "With --kind activity: the period's first day (default: the first day of the month before --as-of).")
    LocalDate from;

    /** Reads "open-items" / "activity" (and the enum names). */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "open-items", "open" -> Kind.OPEN_ITEMS;
                case "activity" -> Kind.ACTIVITY;
                default -> throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is no kind of statement; give open-items or activity");
            };
        }
    }

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PDFs (created if missing).")
    Path out;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new CommandFailure(2, "--as-of " + asOf + " is in the future; give today or an earlier day");
        }
        if (from != null && kind != Kind.ACTIVITY) {
            throw new CommandFailure(2, "--from is for --kind activity; an open-item statement has only its date (--as-of)");
        }
        LocalDate first = from != null ? from : com.orderdesk.logic.invoicing.print.ActivityStatement.defaultFrom(asOf);
        if (kind == Kind.ACTIVITY && first.isAfter(asOf)) {
            throw new CommandFailure(2, "--from " + first + " is after --as-of " + asOf + "; the period must start on or before its last day");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandFailure(2, "--out " + out + " is a file; give a folder");
        }
        String refusal = FileTrouble.unwritableFolder(out);
        if (refusal != null) {
            throw new CommandFailure(2, "--out: " + refusal);
        }
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices services = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(services.signIn(), services.authorizer(), Permission.WORK_COLLECTIONS);
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new CommandFailure(2, "--out " + out + ": cannot create the folder: " + e.getMessage());
            }
            StatementPdfs pdfs = new StatementPdfs(services.renderer(), out);
            StatementUseCases.Outcome o = kind == Kind.ACTIVITY
                    ? services.statements().printActivity(user, first, asOf, pdfs::write, BatchProgress.NONE)
                    : services.statements().printAll(user, asOf, pdfs::write, BatchProgress.NONE);
            o.failures().forEach((customer, why) -> err.println(customer + ": " + why));
            err.flush();
            if (kind == Kind.ACTIVITY) {
                w.printf(Locale.ROOT, "Wrote %d activity statement%s of %s to %s (closing balances %s) to %s; %d customer%s with no"
                                + " movement and nothing owed left out%s.%n", o.written().size(), o.written().size() == 1 ? "" : "s",
                        first, asOf, o.billed(), out, o.leftOut().size(), o.leftOut().size() == 1 ? "" : "s",
                        o.failures().isEmpty() ? "" : "; " + o.failures().size() + " failed (listed above)");
                w.flush();
                return o.failures().isEmpty() ? 0 : 1;
            }
            w.printf(Locale.ROOT, "Wrote %d statement%s of %s (balance %s) to %s; %d customer%s with a zero or credit balance"
                            + " left out%s.%n", o.written().size(), o.written().size() == 1 ? "" : "s", asOf, o.billed(), out,
                    o.leftOut().size(), o.leftOut().size() == 1 ? "" : "s",
                    o.failures().isEmpty() ? "" : "; " + o.failures().size() + " failed (listed above)");
            w.flush();
            return o.failures().isEmpty() ? 0 : 1;
        }
    }
}
