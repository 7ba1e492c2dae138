package com.orderdesk.app;

import com.orderdesk.logic.audit.AuditTrail;
import com.orderdesk.logic.credit.CreditDesk;
import com.orderdesk.logic.credit.CreditEngine;
import com.orderdesk.logic.credit.CreditHoldActions;
import com.orderdesk.logic.credit.CreditPolicy;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.PasswordHasher;
import com.orderdesk.logic.security.SignIn;
import com.orderdesk.logic.security.SignInThrottle;
import com.orderdesk.persistence.fulfillment.DemoFulfillment;
import com.orderdesk.persistence.fulfillment.FulfillmentService;

import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.audit.AuditLog;
import com.orderdesk.persistence.audit.AuditTrailQueries;
import com.orderdesk.persistence.credit.CreditCheckStore;
import com.orderdesk.persistence.credit.CreditDeskService;
import com.orderdesk.persistence.security.UserAccounts;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.catalog.ProductQueries;
import com.orderdesk.persistence.customer.CustomerQueries;
import com.orderdesk.persistence.demo.DemoDataGenerator;
import com.orderdesk.persistence.demo.DemoInputsLoader;
import com.orderdesk.persistence.demo.DemoSize;
import com.orderdesk.persistence.invoicing.InvoicingBackfill;
import com.orderdesk.persistence.invoicing.InvoicingService;
import com.orderdesk.logic.invoicing.print.DocumentRenderer;
import com.orderdesk.logic.invoicing.print.ReportCatalog;
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
    private final Authorizer authorizer = new Authorizer();
    private final CreditDeskService creditDesk;
    private final AuditTrailQueries auditTrail;
    private final UserAccounts accounts;
    private final InvoicingService invoicing;
    private final ReportCatalog reports = new ReportCatalog();
    private volatile DocumentRenderer renderer;
    private final FulfillmentService fulfillment;
    private final com.orderdesk.persistence.cash.CashDeskService cash;

    private AppServices(Database db, StateTaxRateTable taxRates, Clock clock) {
        this.db = db;
        this.taxRates = taxRates;
        this.clock = clock;
        this.customers = new CustomerQueries(db);
        this.products = new ProductQueries(db);
        AuditLog audit = new AuditLog(clock);
        this.fulfillment = new FulfillmentService(db, clock);
        // an order that passes the credit check, or that a manager releases, is routed and its stock
        // reserved in the same transaction (issue 4)
        CreditCheckStore checks = new CreditCheckStore(new CreditEngine(CreditPolicy.defaults(), clock), audit,
                (session, orderId, user) -> fulfillment.routeAfterRelease(session, orderId, user));
        this.orders = new OrderService(db, taxRates, clock, checks);
        this.orderList = new OrderQueries(db);
        this.creditDesk = new CreditDeskService(db, clock, checks, new CreditHoldActions(authorizer, clock), audit);
        this.auditTrail = new AuditTrailQueries(db, clock.getZone());
        this.accounts = new UserAccounts(db, new PasswordHasher(), new SignInThrottle(clock), audit);
        this.invoicing = new InvoicingService(db, clock);
        this.cash = new com.orderdesk.persistence.cash.CashDeskService(db, clock);
    }

    /** Services over an already opened (and filled) database; closing them closes it. */
    public static AppServices over(Database db, StateTaxRateTable taxRates, Clock clock) {
        return new AppServices(db, taxRates, clock);
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
        boolean firstStart;
        try {
            firstStart = DemoDataGenerator.isEmpty(db);
            if (firstStart) {
                new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(taxRates), clock, new BCryptPasswordEncoder()::encode)
                        .generateIfEmpty(db, DemoSize.FIRST_START, progress, cancelled);
                // the demo's allocated and shipped orders get their shipments, so the fulfillment screens have work
                DemoFulfillment.backfill(db, clock);
                new com.orderdesk.persistence.cash.CashDemoDay(db, clock).fillIfEmpty();
                InvoicingBackfill.run(db, clock);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        if (!firstStart) {
            // Books written by older versions (or by demo-data) may still lack invoice lines: fill them
            // in the background, off the start-up path (it reads every invoice: ~0.7 s on a big book).
            Thread backfill = new Thread(() -> {
                try {
                    long t1 = System.nanoTime();
                    InvoicingBackfill.run(db, clock);
                    LOG.info("Invoicing backfill checked in {} ms", (System.nanoTime() - t1) / 1_000_000);
                } catch (RuntimeException e) {
                    LOG.warn("Invoicing backfill failed; invoices without lines stay as they were", e);
                }
            }, "orderdesk-invoicing-backfill");
            backfill.setDaemon(true);
            backfill.start();
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
    public Authorizer authorizer() { return authorizer; }
    public CreditDesk creditDesk() { return creditDesk; }
    public AuditTrail auditTrail() { return auditTrail; }
    public SignIn signIn() { return accounts; }

    public InvoicingService invoicing() { return invoicing; }

    /** The document renderer (templates compiled once, on first use; call off the FX thread). */
    public DocumentRenderer renderer() {
        DocumentRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = new DocumentRenderer(reports, invoicing.company());
                }
                r = renderer;
            }
        }
        return r;
    }

    public FulfillmentService fulfillment() { return fulfillment; }
    public com.orderdesk.persistence.fulfillment.RoutingSettingsService routingSettings() {
        return new com.orderdesk.persistence.fulfillment.RoutingSettingsService(db, clock);
    }
    public com.orderdesk.logic.cash.desk.CashDesk cash() { return cash; }

    @Override
    public void close() {
        db.close();
    }
}
