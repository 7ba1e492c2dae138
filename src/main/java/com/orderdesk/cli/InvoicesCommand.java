package com.orderdesk.cli;

import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.invoicing.InvoicingBackfill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code orderdesk invoices ...}: invoicing from the command line (export PDFs, issue invoices). */
@Command(name = "invoices", mixinStandardHelpOptions = true,
        description = "Invoices and credit memos: export PDFs, issue invoices for shipped shipments.",
        subcommands = {InvoicesExportCommand.class, InvoicesIssueCommand.class})
public final class InvoicesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "invoices: name a command: export or issue (see --help)");
    }

    /**
     * Opens an existing database (never creates one: a mistyped path must not leave an empty book
     * behind) and brings older invoices up to what printing needs.
     */
    static Database openExisting(CommandLine cli, Path db, Clock clock) {
        if (!Files.isRegularFile(db)) {
            throw new ParameterException(cli, "--db " + db + ": no such database file");
        }
        Database database = Database.open(DatabaseConfig.sqlite(db));
        try {
            InvoicingBackfill.run(database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }
}
