package com.orderdesk.cli;

import com.orderdesk.logic.catalog.PriceFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports a contract prices file, signed in (IMPORT_MASTER_DATA): all or nothing; each problem printed as
 * {@code FILE:LINE: column: what is wrong}, exit status 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a contract prices CSV file (the export's columns): update rows by key and add new ones, all or"
                + " nothing. Signed in: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class PricesImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The file to import.")
    Path file;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        return MasterDataFiles.importFile(spec, database, signIn, clock, file, PriceFile.COLUMNS, "contract prices",
                (files, user, read) -> files.importPrices(user, read.name(), read.digest(), read.rows(), read.problems()));
    }
}
