package com.orderdesk.cli;

import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.persistence.demo.DemoDataGenerator;
import com.orderdesk.persistence.demo.DemoInputsLoader;
import com.orderdesk.persistence.demo.DemoSize;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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
        try (Database db = Database.open(config)) {
            DemoDataGenerator generator = new DemoDataGenerator(
                    DemoInputsLoader.fromShippedAssets(StateTaxRateTable.loadDefault()), Clock.systemDefaultZone(),
                    new BCryptPasswordEncoder()::encode).withMinHeldOrders(heldOrders);
            int[] lastPercent = {-1};
            DemoDataGenerator.Result r = generator.generate(db, size, p -> {
                int percent = (int) (p * 100);
                if (percent / 10 != lastPercent[0] / 10) {
                    err.printf("demo-data: %d%%%n", percent);
                    err.flush();
                    lastPercent[0] = percent;
                }
            }, () -> false);
            out.printf("Wrote %s: %,d customers, %,d products, %d nodes, %,d orders with %,d lines, %,d invoices,"
                            + " %,d on credit hold, in %.1f s%n",
                    config.displayName(), r.customers(), r.products(), r.nodes(), r.orders(), r.lines(), r.invoices(),
                    r.heldOrders(), r.millis() / 1000.0);
            int payments = new com.orderdesk.persistence.cash.CashDemoDay(db, Clock.systemDefaultZone()).fillIfEmpty();
            out.printf("Wrote %d incoming payments for today's cash desk%n", payments);
            return 0;
        } catch (StoreException e) {
            err.println("demo-data: " + e.getMessage());
            return 2;
        }
    }
}
