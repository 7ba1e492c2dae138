package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.catalog.PriceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes every contract price, by customer, SKU and valid-from, in the columns the import reads. Reads only, so it asks no sign-in (whoever can
 * open the book can read its tables).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every contract price, by customer, SKU and valid-from, to a CSV file in the import's columns.")
public final class PricesExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The file to write (replaced if it exists).")
    Path out;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        MasterDataFiles.requireFolder(out);
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            List<List<String>> rows = book.catalog().files().exportPrices();
            MasterDataFiles.write(out, PriceFile.COLUMNS, rows);
            spec.commandLine().getOut().printf("Wrote %,d contract prices to %s.%n", rows.size(), out);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
