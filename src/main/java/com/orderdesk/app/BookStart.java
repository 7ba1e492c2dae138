package com.orderdesk.app;

import com.orderdesk.demo.CashForecastDemo;
import com.orderdesk.demo.ClaimsDemo;
import com.orderdesk.demo.CollectionsDemo;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoDataGenerator;
import com.orderdesk.demo.DemoInputsLoader;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.demo.DemoSteps;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.DatabaseProbe;
import com.orderdesk.persistence.PostgresDemoBook;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Opening the book, the one way for the window and every command: the file is checked first
 * ({@link DatabaseProbe}: a file that is not an Order Desk book is refused in one sentence and left
 * as it was), then migrated and opened. Only the first start of the window and {@code demo-data}
 * create a book, and only where no file exists (or in an empty PostgreSQL database).
 */
public final class BookStart {
    private static final Logger LOG = LoggerFactory.getLogger(BookStart.class);

    private BookStart() {
    }

    /** An existing book, for a command. */
    public static AppServices openExisting(DatabaseConfig config, Clock clock) {
        DatabaseProbe.check(config, DatabaseProbe.Absent.REFUSE);
        return AppServices.over(Database.open(config), StateTaxRateTable.loadDefault(), clock);
    }

    /**
     * The window's book: opened when it exists; where no file exists (the first start), created
     * and filled with the demo book so every screen has real work on it.
     */
    public static AppServices openForWindow(DatabaseConfig config, Clock clock, DoubleConsumer progress,
                                            BooleanSupplier cancelled, Runnable waitingForAnotherDesk) {
        return openForWindow(config, clock, DemoSize.FIRST_START, progress, cancelled, waitingForAnotherDesk);
    }

    /** The same with a demo book of this size (tests). */
    static AppServices openForWindow(DatabaseConfig config, Clock clock, DemoSize size, DoubleConsumer progress,
                                     BooleanSupplier cancelled) {
        return openForWindow(config, clock, size, progress, cancelled, () -> { });
    }

    /**
     * The same, calling {@code waitingForAnotherDesk} once when the start waits for another desk
     * writing the demo book of the same PostgreSQL book (it writes no rows meanwhile).
     */
    static AppServices openForWindow(DatabaseConfig config, Clock clock, DemoSize size, DoubleConsumer progress,
                                     BooleanSupplier cancelled, Runnable waitingForAnotherDesk) {
        long t0 = System.nanoTime();
        DatabaseProbe.check(config, DatabaseProbe.Absent.CREATE);
        if (config.vendor() == DatabaseConfig.Vendor.POSTGRESQL) {
            return openOnServer(config, clock, size, progress, cancelled, waitingForAnotherDesk);
        }
        if (StagedDemoBook.applies(config)) {
            // written beside the book and moved into place whole: a start stopped halfway leaves no half book
            StagedDemoBook.write(config, staged -> {
                try (AppServices s = AppServices.over(Database.open(staged), StateTaxRateTable.loadDefault(), clock)) {
                    demo(s, size, 0, DemoBook.Extent.WHOLE, progress, cancelled);
                }
            });
        }
        AppServices services = AppServices.over(Database.open(config), StateTaxRateTable.loadDefault(), clock);
        LOG.info("Database {} open in {} ms", config.displayName(), (System.nanoTime() - t0) / 1_000_000);
        try {
            if (DemoDataGenerator.isEmpty(services.db())) {
                demo(services, size, 0, DemoBook.Extent.WHOLE, progress, cancelled);
            }
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    /**
     * A PostgreSQL book is written in place, so the demo's lock and mark stand in for the SQLite
     * book's staging: a start stopped halfway is written again by the next one ({@link PostgresDemoBook}).
     */
    private static AppServices openOnServer(DatabaseConfig config, Clock clock, DemoSize size, DoubleConsumer progress,
                                            BooleanSupplier cancelled, Runnable waitingForAnotherDesk) {
        try (PostgresDemoBook lock = PostgresDemoBook.take(config, wholeDemo(size), cancelled, waitingForAnotherDesk)) {
            long t0 = System.nanoTime();
            AppServices services = AppServices.over(Database.open(config), StateTaxRateTable.loadDefault(), clock);
            LOG.info("Database {} open in {} ms", config.displayName(), (System.nanoTime() - t0) / 1_000_000);
            try {
                if (DemoDataGenerator.isEmpty(services.db())) {
                    lock.markWriting();
                    demo(services, size, 0, DemoBook.Extent.WHOLE, progress, cancelled);
                    lock.markComplete();
                }
                return services;
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        } catch (CancellationException e) {
            throw new DemoDataGenerator.Cancelled(); // the window closed while another desk wrote the book
        }
    }

    /**
     * What {@code demo-data} wrote (empty when the book already had customers), and the wall-clock
     * milliseconds the whole book took, its file created and migrated included (the result's own figure
     * is its bulk rows only).
     */
    public record DemoWritten(AppServices services, Optional<DemoDataGenerator.Result> result, long millis)
            implements AutoCloseable {
        @Override
        public void close() {
            services.close();
        }
    }

    /** {@code demo-data} and the benches: a demo book in a new file or an empty Order Desk book or PostgreSQL database. */
    public static DemoWritten createDemo(DatabaseConfig config, Clock clock, DemoSize size, int minHeldOrders,
                                         DemoBook.Extent extent, DoubleConsumer progress) {
        long t0 = System.nanoTime(); // the book's creation and migration included: the wait as a person sees it
        DatabaseProbe.check(config, DatabaseProbe.Absent.CREATE);
        // on PostgreSQL a demo-data stopped halfway (Ctrl-C) is written again like a window's first start
        PostgresDemoBook lock = config.vendor() == DatabaseConfig.Vendor.POSTGRESQL
                ? PostgresDemoBook.take(config, extent == DemoBook.Extent.WHOLE ? wholeDemo(size) : PostgresDemoBook.Demo.NONE,
                        () -> false, () -> { }) : null;
        try {
            AppServices services = AppServices.over(Database.open(config), StateTaxRateTable.loadDefault(), clock);
            try {
                boolean marked = lock != null && DemoDataGenerator.isEmpty(services.db());
                if (marked) {
                    lock.markWriting();
                }
                Optional<DemoDataGenerator.Result> result = demo(services, size, minHeldOrders, extent, progress, () -> false);
                if (marked) {
                    lock.markComplete();
                }
                return new DemoWritten(services, result, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** The whole demo book of this size as a book shows it: its users and customers. */
    private static PostgresDemoBook.Demo wholeDemo(DemoSize size) {
        return new PostgresDemoBook.Demo(DemoDataGenerator.USERS.stream().map(DemoDataGenerator.DemoUser::username)
                .collect(java.util.stream.Collectors.toSet()), size.customers());
    }

    private static Optional<DemoDataGenerator.Result> demo(AppServices services, DemoSize size, int minHeldOrders,
                                                           DemoBook.Extent extent, DoubleConsumer progress,
                                                           BooleanSupplier cancelled) {
        DemoDataGenerator generator = new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(StateTaxRateTable.loadDefault()),
                services.clock(), new BCryptPasswordEncoder()::encode, services.seals(), new SecureRandom())
                .withMinHeldOrders(minHeldOrders);
        DemoSteps steps = DemoBook.steps(extent, progress, cancelled);
        Optional<DemoDataGenerator.Result> written = DemoBook.createIfEmpty(services.db(), generator, services.demoParts(), size,
                extent, steps, cancelled);
        if (written.isEmpty() || extent != DemoBook.Extent.WHOLE) {
            return written;
        }
        AuditKey key = written.get().key();
        // returns and cases in every state, through the same use cases (issue 14)
        ClaimsDemo.fill(services.unitOfWork(), services.claims(), services.returns(), services.clock(), key);
        // the AR clerk writes off small claims himself, up to the limit the administrator gave him (after the
        // cases above, which show write-offs waiting for the credit manager)
        services.writeOffLimits().set(DemoBook.user("admin", key), "arthur", com.orderdesk.model.common.Money.of("100.00"),
                "Demo: small claims are written off at the AR desk");
        DemoBook.Step.CLAIMS.done(steps);
        // collectors, calls and promises (one broken) for the collections worklist (issue 15)
        CollectionsDemo.fill(services.unitOfWork(), services.collections(), services.clock(), key);
        DemoBook.Step.COLLECTIONS.done(steps);
        // the last Mondays' forecasts (today's predictions came with the credit checks), for the dashboard's cash forecast (issues 15, 16)
        CashForecastDemo.fill(services.unitOfWork(), services.clock());
        DemoBook.Step.CASH_FORECAST.done(steps);
        LOG.info("Demo book written in {} ms", steps.elapsedMillis());
        return written;
    }
}
