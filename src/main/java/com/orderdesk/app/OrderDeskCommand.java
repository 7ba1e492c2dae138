package com.orderdesk.app;

import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.Settings;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command. Without a subcommand it opens the desktop application; each subcommand runs
 * headless, reusing the logic and persistence layers.
 */
@Command(name = "orderdesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Order Desk: order-to-cash for a distributor. Without a command, opens the application window.",
        subcommands = {
                CommandLine.HelpCommand.class,
                com.orderdesk.cli.RouteReleasedCommand.class,
                com.orderdesk.cli.DemoDataCommand.class,
                com.orderdesk.cli.DeskBenchCommand.class,
                com.orderdesk.cli.InvoicePrintBenchCommand.class,
                com.orderdesk.cli.RouteCommand.class,
                com.orderdesk.cli.RouteBenchCommand.class,
                com.orderdesk.cli.MatchCommand.class,
                com.orderdesk.cli.MatchBenchCommand.class,
        })
public final class OrderDeskCommand implements Runnable {

    @Option(names = "--db", paramLabel = "FILE",
            description = "SQLite database file to open (default: orderdesk.db in the user's data folder).")
    Path db;

    private boolean guiLaunched;

    static CommandLine commandLine() {
        return new CommandLine(new OrderDeskCommand());
    }

    static boolean guiWasLaunched(CommandLine cli) {
        return ((OrderDeskCommand) cli.getCommand()).guiLaunched;
    }

    @Override
    public void run() {
        guiLaunched = true;
        DatabaseConfig config = Settings.load().database(db);
        OrderDeskApp.launchWith(StartupJob.begin(config, Clock.systemDefaultZone()));
    }
}
