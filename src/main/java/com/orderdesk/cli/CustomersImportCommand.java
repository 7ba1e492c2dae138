package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.customer.CustomerImport;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reads the customers file into the book: customers updated by number, new ones added, all or
 * nothing. Each problem is one line {@code FILE:LINE: column: what is wrong}, exit status 2, and
 * nothing is written. Needs the master-data permission (administrators).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Update customers by number and add new ones from a customers CSV file (as written by customers"
                + " export); all or nothing. Signed in: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class CustomersImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The customers file.")
    Path file;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.IMPORT_MASTER_DATA);
            InputProblems problems = new InputProblems();
            CsvTable table = CsvTable.read(file, List.of("customer_no"), problems);
            CustomersCsv.Parsed parsed = table == null ? null : CustomersCsv.read(table, problems);
            if (parsed == null) {
                return refused(problems);
            }
            CustomerImport.Outcome outcome;
            try {
                outcome = book.customerImport().importAll(user, parsed.records(), table.name() + " sha256 " + sha256(file));
            } catch (CustomerImport.ImportRefused e) {
                for (CustomerImport.RecordProblem p : e.problems()) {
                    CustomersCsv.Lines lines = parsed.lines().get(p.record());
                    problems.add(table.name(), CustomersCsv.line(lines, p.problem()), CustomersCsv.column(p.problem()),
                            p.problem().message());
                }
                return refused(problems);
            }
            spec.commandLine().getOut().printf("Imported %s: %,d added, %,d changed, %,d unchanged.%n", table.name(),
                    outcome.added(), outcome.changed(), outcome.unchanged());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private int refused(InputProblems problems) {
        problems.printTo(spec.commandLine().getErr());
        return 2;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "?";
        }
    }
}
