package com.orderdesk.cli;

import com.orderdesk.logic.catalog.PriceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes every contract price, by customer, SKU and valid-from, in the columns the import reads. Signed in like every command on the book
 * ({@code --user}, password from $ORDERDESK_PASSWORD): the use case checks the user may view orders.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every contract price, by customer, SKU and valid-from, to a CSV file in the import's columns. Signed in: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class PricesExportCommand implements Callable<Integer> {
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
    public Integer call() throws IOException {
        return MasterDataFiles.exportFile(spec, database, signIn, clock, out, PriceFile.COLUMNS, "contract prices", (files, user) -> files.exportPrices(user));
    }
}
