package com.orderdesk.cli;

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
}
