package com.orderdesk.cli;

import com.orderdesk.demo.DemoSize;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoBookCounts;
import com.orderdesk.demo.DemoDataGenerator;
import com.orderdesk.app.BookStart;
import com.orderdesk.persistence.BadDatabaseException;
import com.orderdesk.persistence.ServerCheck;
import com.orderdesk.persistence.DatabaseConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds a demo database at any scale, for trials and benchmarks. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Fill a new SQLite file (--db) or an empty PostgreSQL database (--db-url) with realistic demo data"
                + " (customers, products, nodes, stock, order history).")
public final class DemoDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** --db FILE (a new or empty SQLite file) or --db-url/--db-user/--db-password-env (an empty PostgreSQL database). */
    @Mixin
    DatabaseOptions database;

    @Option(names = "--customers", defaultValue = "600", description = "Number of customers (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--orders", defaultValue = "3000", description = "Number of orders of history (default ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--max-lines", defaultValue = "9",
            description = "Lines per order are drawn from 1 to this (default ${DEFAULT-VALUE}, about 5 on average).")
    int maxLines;

    @Option(names = "--seed", defaultValue = "20261126", description = "Random seed: the same seed gives the same data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--held-orders", defaultValue = "0", paramLabel = "N",
            description = "Make more customers risky until at least N orders wait on credit hold (default: as the demo book falls).")
    int heldOrders;

    @Option(names = "--bulk-only",
            description = "Master data and order history only: no shipments for allocated and shipped orders, no day of"
                    + " incoming cash, no invoice lines. Minutes faster on a large book; for benchmarks.")
    boolean bulkOnly;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        DemoSize size;
        try {
            size = new DemoSize(customers, orders, maxLines, seed);
        } catch (IllegalArgumentException e) {
            err.println("demo-data: " + e.getMessage());
            return 2;
        }
        DatabaseConfig config;
        try {
            config = database.toConfig();
        } catch (IllegalArgumentException e) {
            err.println("demo-data: " + e.getMessage());
            return 2;
        }
        if (config == null) {
            err.println("demo-data: name the database to fill with --db FILE or --db-url jdbc:postgresql://HOST:PORT/DATABASE.");
            return 2;
        }
        int[] lastPercent = {-1};
        try (BookStart.DemoWritten written = BookStart.createDemo(config, Clock.systemDefaultZone(), size, heldOrders,
                bulkOnly ? DemoBook.Extent.BULK_ONLY : DemoBook.Extent.WHOLE, p -> {
            int percent = (int) (p * 100);
            if (percent / 10 != lastPercent[0] / 10) {
                err.printf("demo-data: %d%%%n", percent);
                err.flush();
                lastPercent[0] = percent;
            }
        })) {
            if (written.result().isEmpty()) {
                err.println("demo-data: " + config.displayName() + " already has customers; demo data is only written into"
                        + " a new file or an empty book.");
                return 2;
            }
            DemoDataGenerator.Result r = written.result().get();
            // invoices and holds as the finished book has them (DemoBookCounts says why not the history's)
            DemoBookCounts book = DemoBookCounts.of(written.services().db());
            out.printf("Wrote %s: %,d customers, %,d products, %d nodes, %,d orders with %,d lines, %,d invoices,"
                            + " %,d on credit hold, in %.1f s%n",
                    config.displayName(), r.customers(), r.products(), r.nodes(), r.orders(), r.lines(),
                    book.invoices(), book.heldOrders(), written.millis() / 1000.0);
            out.printf("Users: %s (password \"%s\")%n", String.join(", ", DemoDataGenerator.USERS.stream()
                    .map(DemoDataGenerator.DemoUser::username).toList()), DemoDataGenerator.DEMO_PASSWORD);
            return 0;
        } catch (BadDatabaseException | ServerCheck.Unavailable e) {
            err.println("demo-data: " + e.getMessage());
            return 2;
        }
    }
}
