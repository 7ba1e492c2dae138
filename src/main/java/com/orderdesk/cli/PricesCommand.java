package com.orderdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code orderdesk prices ...}: the contract prices file (src/site/markdown/master-data-files.md). */
@Command(name = "prices", mixinStandardHelpOptions = true,
        description = "Customers' contract prices: export them to a CSV file, or import one (keyed by customer, SKU and"
                + " valid-from).",
        subcommands = {PricesExportCommand.class, PricesImportCommand.class})
public final class PricesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "prices: name a command: export or import (see --help)");
    }
}
