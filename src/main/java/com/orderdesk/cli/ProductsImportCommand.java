package com.orderdesk.cli;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.catalog.CatalogFiles;
import com.orderdesk.logic.catalog.ProductFile;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
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
        try (AppServices book = BookAccess.openExisting(database, clock)) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.IMPORT_MASTER_DATA);
            MasterDataFiles.Read read = MasterDataFiles.read(file, ProductFile.COLUMNS, spec.commandLine().getErr());
            if (read == null) {
                return 2;
            }
            CatalogFiles.ImportResult result;
            try {
                result = book.catalog().files().importProducts(user, read.name(), read.digest(), read.rows(), read.problems());
            } catch (InputRefusedException e) {
                MasterDataFiles.print(read.name(), e, spec.commandLine().getErr());
                return 2;
            }
            spec.commandLine().getOut().printf("Imported %s: %s.%n", read.name(), result.summary("products"));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
