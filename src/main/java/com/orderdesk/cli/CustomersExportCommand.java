package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.app.AppServices;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes every customer to the customers file, in the columns {@code customers import} reads, so
 * importing the file unchanged changes nothing. Signed in like the import: the file holds contacts
 * and bank accounts.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every customer to a CSV file (one row per ship-to), in the columns customers import reads."
                + " Signed in: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class CustomersExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The file to write (replaced if it exists).")
    Path out;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        MasterDataFiles.refuseFolder(out);
        String refusal = FileTrouble.unwritableFolder(out.toAbsolutePath().getParent());
        if (refusal != null) {
            throw new CommandFailure(2, "--out: " + refusal);
        }
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.VIEW_ORDERS);
            Path target = out.toAbsolutePath();
            Path temp = null;
            int[] counts = {0, 0};
            try {
                Files.createDirectories(target.getParent());
                temp = Files.createTempFile(target.getParent(), ".customers-", ".csv.part");
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                             .setHeader(CustomersCsv.COLUMNS.toArray(String[]::new)).get())) {
                    book.customerImport().export(user, r -> {
                        try {
                            CustomersCsv.write(csv, r);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        counts[0]++;
                        counts[1] += Math.max(1, r.shipTos().size());
                    });
                }
                // the file appears whole or not at all
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | UncheckedIOException e) {
                deleteQuietly(temp);
                throw new CommandFailure(1, "could not write " + out + ": "
                        + (e instanceof IOException io ? FileTrouble.why(out, io) : FileTrouble.why(out, (UncheckedIOException) e)));
            }
            spec.commandLine().getOut().printf("Wrote %,d customers (%,d rows) to %s.%n", counts[0], counts[1], out);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** A failed export leaves nothing beside the target (the half-written ".part" stayed there whole). */
    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }
}
