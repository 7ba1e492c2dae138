package com.orderdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code orderdesk cash ...}: the cash desk from the command line. */
@Command(name = "cash", mixinStandardHelpOptions = true,
        description = "The cash desk: import bank and remittance files into the book and match them.",
        subcommands = {CashImportCommand.class})
public final class CashCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "cash: name a command: import (see --help)");
    }
}
