package com.orderdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code orderdesk products ...}: the products file (src/site/markdown/master-data-files.md). */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = "Products: export the catalogue to a CSV file, or import one (adds new SKUs, updates the others).",
        subcommands = {ProductsExportCommand.class, ProductsImportCommand.class})
public final class ProductsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "products: name a command: export or import (see --help)");
    }
}
