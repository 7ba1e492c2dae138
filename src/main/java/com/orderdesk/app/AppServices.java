package com.orderdesk.app;

import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.catalog.ProductQueries;
import com.orderdesk.persistence.customer.CustomerQueries;
import com.orderdesk.persistence.demo.DemoDataGenerator;
import com.orderdesk.persistence.demo.DemoInputsLoader;
import com.orderdesk.persistence.demo.DemoSize;
import com.orderdesk.persistence.order.OrderQueries;
import com.orderdesk.persistence.order.OrderService;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Everything the application runs on, built once at start-up off the FX thread and handed to the
 * screens through their constructors (no global service locator).
 */
public final class AppServices implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppServices.class);
    private final Database db;
    private final StateTaxRateTable taxRates;
    private final Clock clock;
    private final CustomerQueries customers;
    private final ProductQueries products;
    private final OrderService orders;
    private final OrderQueries orderList;
    private final com.orderdesk.persistence.cash.CashDeskService cash;

    private AppServices(Database db, StateTaxRateTable taxRates, Clock clock) {
        this.db = db;
        this.taxRates = taxRates;
        this.clock = clock;
        this.customers = new CustomerQueries(db);
        this.products = new ProductQueries(db);
        this.orders = new OrderService(db, taxRates, clock);
        this.orderList = new OrderQueries(db);
        this.cash = new com.orderdesk.persistence.cash.CashDeskService(db, clock);
    }

    /**
     * Opens (creating and migrating if needed) the database; an empty one is filled with the demo
     * book so a first start has real work to show.
     */
    public static AppServices start(DatabaseConfig config, Clock clock, DoubleConsumer progress, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        StateTaxRateTable taxRates = StateTaxRateTable.loadDefault();
        Database db = Database.open(config);
        LOG.info("Database {} open in {} ms", config.displayName(), (System.nanoTime() - t0) / 1_000_000);
        try {
            if (DemoDataGenerator.isEmpty(db)) {
                new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(taxRates), clock, new BCryptPasswordEncoder()::encode)
                        .generate(db, DemoSize.FIRST_START, progress, cancelled);
                new com.orderdesk.persistence.cash.CashDemoDay(db, clock).fillIfEmpty();
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new AppServices(db, taxRates, clock);
    }

    public List<AppUser> users() {
        return db.read(s -> s.createSelectionQuery("from AppUser u where u.active = true order by u.id", AppUser.class).getResultList());
    }

    public Database db() { return db; }
    public StateTaxRateTable taxRates() { return taxRates; }
    public Clock clock() { return clock; }
    public CustomerQueries customers() { return customers; }
    public ProductQueries products() { return products; }
    public OrderService orders() { return orders; }
    public OrderQueries orderList() { return orderList; }
    public com.orderdesk.logic.cash.desk.CashDesk cash() { return cash; }

    @Override
    public void close() {
        db.close();
    }
}
