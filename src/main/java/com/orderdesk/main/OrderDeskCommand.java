package com.orderdesk.main;

import com.orderdesk.app.OrderDeskApp;
import com.orderdesk.app.StartCheck;
import com.orderdesk.cli.Commands;
import com.orderdesk.cli.DatabaseOptions;
import com.orderdesk.persistence.BadDatabaseException;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.ServerCheck;
import com.orderdesk.persistence.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The root command. Without a subcommand it opens the desktop application; each subcommand runs
 * headless, reusing the logic and persistence layers.
 */
@Command(name = "orderdesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Order Desk: order-to-cash for a distributor. Without a command, opens the application window"
                + " on the database named by --db or --db-url (default: the settings, else orderdesk.db in the user's data folder).",
        subcommands = {
                CommandLine.HelpCommand.class,
                com.orderdesk.cli.RouteReleasedCommand.class,
                com.orderdesk.cli.DemoDataCommand.class,
                com.orderdesk.bench.DeskBenchCommand.class,
                com.orderdesk.bench.InvoicePrintBenchCommand.class,
                com.orderdesk.cli.InvoicesCommand.class,
                com.orderdesk.cli.AuditCommand.class,
                com.orderdesk.cli.UsersCommand.class,
                com.orderdesk.cli.PasswordCommand.class,
                com.orderdesk.cli.RouteCommand.class,
                com.orderdesk.bench.RouteBenchCommand.class,
                com.orderdesk.cli.MatchCommand.class,
                com.orderdesk.bench.MatchBenchCommand.class,
                com.orderdesk.cli.KpiCommand.class,
                com.orderdesk.cli.SimulateCommand.class,
                com.orderdesk.bench.kpi.KpiBenchCommand.class,
                com.orderdesk.bench.kpi.DashboardBenchCommand.class,
                com.orderdesk.cli.BankPaymentsCommand.class,
                com.orderdesk.cli.CashCommand.class,
                com.orderdesk.bench.CashImportBenchCommand.class,
                com.orderdesk.bench.CreditBenchCommand.class,
                com.orderdesk.bench.CollectionsBenchCommand.class,
                com.orderdesk.cli.StatementsCommand.class,
                com.orderdesk.cli.PredictPaymentsCommand.class,
                com.orderdesk.bench.prediction.PredictBenchCommand.class,
                com.orderdesk.cli.CaptureCommand.class,
                com.orderdesk.bench.capture.CaptureBenchCommand.class,
                com.orderdesk.cli.ProductsCommand.class,
                com.orderdesk.cli.PricesCommand.class,
                com.orderdesk.cli.ClaimsSweepCommand.class,
                com.orderdesk.bench.claims.ClaimsBenchCommand.class,
                com.orderdesk.cli.CustomersCommand.class,
                com.orderdesk.bench.CustomersBenchCommand.class,
        })
public final class OrderDeskCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrderDeskCommand.class);

    private boolean guiLaunched;
    /** Shows a refusal's sentence in a window (tests record it instead). */
    private final RefusalWindow refusalWindow;

    /** The window that says why the book was refused and offers another. */
    @FunctionalInterface
    public interface RefusalWindow {
        /**
         * Shows {@code sentence}; the file choosers start in {@code folder} (null when no file was named). Returns
         * when the window and any desk opened from it are closed: true when the person opened another book there.
         */
        boolean show(String sentence, Path folder);
    }

    public OrderDeskCommand(RefusalWindow refusalWindow) {
        this.refusalWindow = refusalWindow;
    }

    public static CommandLine commandLine() {
        return commandLine((sentence, folder) -> OrderDeskApp.launchRefused(sentence, folder, Clock.systemDefaultZone()));
    }

    /** The command line with the refusal window given (tests: a recorder, so that no window opens). */
    static CommandLine commandLine(RefusalWindow refusalWindow) {
        return Commands.create(new OrderDeskCommand(refusalWindow));
    }

    static boolean guiWasLaunched(CommandLine cli) {
        return ((OrderDeskCommand) cli.getCommand()).guiLaunched;
    }

    /**
     * Resolves the database before the desk opens, so a bad address, an unreachable server or a file that is
     * not a book is one sentence on the terminal and exit status 2, shown in a window of its own as well (from a
     * shortcut there is no terminal to read), the file left as it was. That window offers another book: when the
     * person opens one there, the desk runs on it and the status is 0.
     */
    @Override
    public Integer call() {
        DatabaseConfig config = null;
        try {
            config = Settings.load().database(database.toConfig());
            StartCheck.checked(config);
        } catch (IllegalArgumentException | ServerCheck.Unavailable | BadDatabaseException e) {
            spec.commandLine().getErr().println("orderdesk: " + e.getMessage());
            // the log keeps the cause; a desktop user started from a shortcut has no terminal, so a window says it too
            LOG.warn("The window did not open: {}", e.getMessage(), e);
            if (refusalWindow.show(e.getMessage(), StartCheck.folderOf(config))) {
                guiLaunched = true;
                return 0;
            }
            return 2;
        }
        guiLaunched = true;
        // a book refused only as it opened (Flyway refusing its schema history) gets the same window; Quit there is status 2 too
        return OrderDeskApp.launch(config, Clock.systemDefaultZone()) ? 0 : 2;
    }
}
