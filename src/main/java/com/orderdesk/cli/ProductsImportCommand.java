package com.orderdesk.cli;

import com.orderdesk.logic.catalog.ProductFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports a products file, signed in (IMPORT_MASTER_DATA): all or nothing; each problem printed as
 * {@code FILE:LINE: column: what is wrong}, exit status 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a products CSV file (the export's columns): update rows by key and add new ones, all or"
                + " nothing. Signed in: --user NAME, password from $ORDERDESK_PASSWORD.")
public final class ProductsImportCommand implements Callable<Integer> {
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
        return MasterDataFiles.importFile(spec, database, signIn, clock, file, ProductFile.COLUMNS, "products",
                (files, user, read) -> files.importProducts(user, read.name(), read.digest(), read.rows(), read.problems()));
    }
}
