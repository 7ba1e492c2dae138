package com.orderdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code orderdesk customers ...}: the customers file in and out of the book. */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Customers' master data as a CSV file (src/site/markdown/customers-file.md): export, import.",
        subcommands = {CustomersExportCommand.class, CustomersImportCommand.class})
public final class CustomersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "customers: name a command: export or import (see --help)");
    }
}
