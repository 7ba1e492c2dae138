package com.orderdesk.bench;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.application.customer.CustomerLookup;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.cli.SignInOptions;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.cli.DatabaseOptions;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the order desk's interactive paths on a real database: customer autocomplete answers
 * and 10-line order saves (median, 95th and 99th percentile). Writes orders into the database, so
 * run it on a benchmark copy built by {@code demo-data}.
 */
@Command(name = "bench-desk", mixinStandardHelpOptions = true,
        description = "Time customer autocomplete and 10-line order saves on a database (adds orders to it).")
public final class DeskBenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** --db FILE or --db-url/--db-user/--db-password-env: a database built by demo-data. */
    @picocli.CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--lookups", defaultValue = "2000", description = "Autocomplete queries to time (default ${DEFAULT-VALUE}).")
    int lookups;

    @Option(names = "--saves", defaultValue = "300", description = "10-line orders to save and time (default ${DEFAULT-VALUE}).")
    int saves;

    /** The order clerk the orders are saved as (the password from $ORDERDESK_PASSWORD). */
    @picocli.CommandLine.Mixin
    SignInOptions signIn;


    @Override
    public Integer call() {
        DatabaseConfig config;
        try {
            config = database.toConfig();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("bench-desk: " + e.getMessage());
            return 2;
        }
        if (config == null) {
            spec.commandLine().getErr().println("bench-desk: name the database with --db FILE or --db-url (build one with demo-data)");
            return 2;
        }
        if (config.vendor() == DatabaseConfig.Vendor.SQLITE && !Files.exists(Path.of(config.displayName()))) {
            spec.commandLine().getErr().println("bench-desk: --db: " + config.displayName() + ": no such database file"
                    + " (build one with demo-data)");
            return 2;
        }
        try (AppServices book = BookStart.openExisting(config, Clock.systemDefaultZone())) {
            SignedInUser clerk = signIn.signIn(book.signIn(), book.authorizer(), Permission.ENTER_ORDER);
            return measure(book, clerk, config);
        } catch (com.orderdesk.persistence.BadDatabaseException | com.orderdesk.logic.store.StoreException e) {
            spec.commandLine().getErr().println("bench-desk: " + e.getMessage());
            return 2;
        }
    }

    private <T> T read(AppServices book, String hql, Class<T> type) {
        return book.unitOfWork().read(() -> CurrentSession.get().createSelectionQuery(hql, type).getSingleResult());
    }

    private int measure(AppServices book, SignedInUser clerk, DatabaseConfig config) {
        var out = spec.commandLine().getOut();
        CustomerLookup customers = book.customers();
        long customerCount = read(book, "select count(c) from Customer c", Long.class);
        long lineCount = read(book, "select count(l) from SalesOrderLine l", Long.class);
        out.printf("database: %s (%,d customers, %,d order lines)%n", config.displayName(), customerCount, lineCount);

        List<String> names = book.unitOfWork().read(() -> CurrentSession.get()
                .createSelectionQuery("select c.name from Customer c order by c.id", String.class).setMaxResults(5000).getResultList());
        Random rnd = new Random(7);
        for (int i = 0; i < 200; i++) {
            customers.search(clerk, prefix(names.get(rnd.nextInt(names.size())), rnd), 12);
        }
        double[] lookupMs = new double[lookups];
        for (int i = 0; i < lookups; i++) {
            String q = prefix(names.get(rnd.nextInt(names.size())), rnd);
            long t0 = System.nanoTime();
            List<CustomerHit> hits = customers.search(clerk, q, 12);
            lookupMs[i] = (System.nanoTime() - t0) / 1e6;
            if (hits.isEmpty()) {
                throw new IllegalStateException("no customer found for " + q);
            }
        }
        report(out, "customer autocomplete (12 suggestions)", lookupMs);

        // as the application does it: the credit check on save and, for an order that passes, routing
        // and stock reservation in the same unit of work
        OrderUseCases orders = book.orders();
        List<Long> productIds = book.unitOfWork().read(() -> CurrentSession.get()
                .createSelectionQuery("select p.id from Product p", Long.class).getResultList());
        List<Long> customerIds = book.unitOfWork().read(() -> CurrentSession.get()
                .createSelectionQuery("select c.id from Customer c", Long.class).setMaxResults(2000).getResultList());
        double[] saveMs = new double[saves];
        for (int i = -20; i < saves; i++) {
            long customerId = customerIds.get(rnd.nextInt(customerIds.size()));
            CustomerContext ctx = customers.context(clerk, customerId, LocalDate.now());
            List<OrderLineDraft> lines = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                long pid = productIds.get(rnd.nextInt(productIds.size()));
                lines.add(new OrderLineDraft(pid, "?", 1 + rnd.nextInt(12), null, BigDecimal.ZERO));
            }
            OrderDraft draft = new OrderDraft(null, null, customerId, ctx.defaultShipTo().orElseThrow().id(),
                    OrderChannel.PHONE, "BENCH-" + i, null, null, lines);
            long t0 = System.nanoTime();
            orders.save(clerk, draft);
            if (i >= 0) {
                saveMs[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        report(out, "save a 10-line order", saveMs);
        return 0;
    }

    private static String prefix(String name, Random rnd) {
        return name.substring(0, Math.min(name.length(), 2 + rnd.nextInt(5)));
    }

    private static void report(java.io.PrintWriter out, String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf("%-40s n=%d  median %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, sorted.length,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
