package com.orderdesk.persistence;

import com.orderdesk.model.audit.AuditHead;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.model.catalog.CustomerPrice;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.InstantConverter;
import com.orderdesk.model.common.LocalDateConverter;
import com.orderdesk.model.common.MoneyConverter;
import com.orderdesk.model.credit.CreditHoldReasonRecord;
import com.orderdesk.model.credit.CreditReleaseRecord;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.InventoryItem;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.numbering.DocumentSequence;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.model.security.AppUser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into the database: migrates the schema with Flyway, then opens one Hibernate
 * SessionFactory. Work runs as {@link #write} (one transaction per user action) or {@link #read}.
 * Built once at start-up, off the JavaFX thread; closed when the application stops.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static final List<Class<?>> ENTITIES = List.of(
            AppUser.class, Customer.class, ShipToAddress.class, Product.class, CustomerPrice.class,
            FulfillmentNode.class, InventoryItem.class, DocumentSequence.class, SalesOrder.class,
            SalesOrderLine.class, Invoice.class, AuditRecord.class, AuditHead.class,
            CreditHoldReasonRecord.class, CreditReleaseRecord.class,
            com.orderdesk.model.fulfillment.Shipment.class, com.orderdesk.model.fulfillment.ShipmentLine.class,
            com.orderdesk.model.invoicing.CreditMemo.class,
            com.orderdesk.model.cash.CashPayment.class, com.orderdesk.model.cash.ImportBatch.class,
            com.orderdesk.model.cash.BankCsvLayout.class,
            com.orderdesk.model.cash.CashApplication.class, com.orderdesk.model.cash.CustomerBankAccount.class,
            com.orderdesk.model.audit.AuditKeyRecord.class, com.orderdesk.model.invoicing.DocumentPrint.class,
            com.orderdesk.model.stock.StockMovement.class,

            com.orderdesk.model.claims.ReturnAuthorization.class, com.orderdesk.model.claims.ReturnReceipt.class,
            com.orderdesk.model.claims.ClaimCase.class, com.orderdesk.model.claims.ClaimNote.class,
            com.orderdesk.model.claims.ClaimSettlement.class, com.orderdesk.model.claims.WriteOffLimit.class,
            // collections (issue 15)
            com.orderdesk.model.collections.CollectorAssignment.class, com.orderdesk.model.collections.CollectionContact.class,
            com.orderdesk.model.collections.PaymentPromise.class, com.orderdesk.model.collections.DunningLevel.class,
            com.orderdesk.model.collections.DunningNotice.class,
            // the order inbox's record of X12 interchanges taken (TA1 025)
            com.orderdesk.model.capture.ReceivedInterchange.class);

    private final DatabaseConfig config;
    private final SessionFactory sessionFactory;

    private Database(DatabaseConfig config, SessionFactory sessionFactory) {
        this.config = config;
        this.sessionFactory = sessionFactory;
    }

    /** Opens (creating and migrating when needed) the database described by {@code config}. */
    public static Database open(DatabaseConfig config) {
        if (config.vendor() != DatabaseConfig.Vendor.SQLITE) {
            ServerCheck.check(config); // one clear sentence when the server is unreachable or refuses us
        }
        long t0 = System.nanoTime();
        try {
            migrate(config);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new BadDatabaseException(explainMigrationFailure(config, e), e);
        }
        long t1 = System.nanoTime();
        SessionFactory sf = buildSessionFactory(config);
        LOG.info("Flyway check {} ms, Hibernate start {} ms", (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return new Database(config, sf);
    }

    /** Flyway's refusals in one sentence: a newer schema, another program's tables, a damaged history. */
    static String explainMigrationFailure(DatabaseConfig config, org.flywaydb.core.api.FlywayException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("not resolved locally") || m.contains("newer than")) {
            return config.displayName() + " was written by a newer version of Order Desk; use that version to open it.";
        }
        if (m.contains("non-empty schema") || m.contains("without schema history")) {
            return config.displayName() + " holds another program's tables, not an Order Desk book.";
        }
        LOG.warn("Migrating {} failed", config.displayName(), e);
        return config.displayName() + " could not be brought up to this version's schema: " + m.lines().findFirst().orElse(m);
    }

    private static void migrate(DatabaseConfig config) {
        var result = flyway(config, false).migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated {} to schema version {}", config.displayName(), result.targetSchemaVersion);
        }
    }

    /**
     * Drops every table, function and sequence of the book, its migration history included, so the
     * next {@link #open} migrates an empty schema. Only for a demo book a stopped first start left
     * half written ({@link PostgresDemoBook}): nothing else in Order Desk may clear a book.
     */
    static void clear(DatabaseConfig config) {
        flyway(config, true).clean();
        LOG.warn("Cleared {}: a first start had stopped while writing its demo book", config.displayName());
    }

    private static Flyway flyway(DatabaseConfig config, boolean cleanAllowed) {
        boolean sqlite = config.vendor() == DatabaseConfig.Vendor.SQLITE;
        return Flyway.configure()
                .dataSource(config.jdbcUrl(), config.user(), config.password())
                .locations("classpath:db/migration/common",
                        sqlite ? "classpath:db/migration/sqlite" : "classpath:db/migration/postgresql")
                .placeholders(Map.of("id_pk", sqlite
                        ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                        : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"))
                .failOnMissingLocations(false)
                // features land on parallel branches; a lower version merged later must still apply
                .outOfOrder(true)
                // a book whose history has a migration this desk does not know was written by a newer
                // Order Desk: refused (explainMigrationFailure), where Flyway's default (*:future) only
                // warned and the desk opened it, writing to tables whose meaning it may not know
                .ignoreMigrationPatterns(new String[0])
                .cleanDisabled(!cleanAllowed)
                .load();
    }

    private static SessionFactory buildSessionFactory(DatabaseConfig config) {
        Configuration cfg = new Configuration();
        ENTITIES.forEach(cfg::addAnnotatedClass);
        cfg.addAttributeConverter(MoneyConverter.class, true);
        cfg.addAttributeConverter(LocalDateConverter.class, true);
        cfg.addAttributeConverter(InstantConverter.class, true);
        cfg.setProperty("hibernate.connection.url", config.jdbcUrl());
        if (config.user() != null) {
            cfg.setProperty("hibernate.connection.username", config.user());
            cfg.setProperty("hibernate.connection.password", config.password() == null ? "" : config.password());
        }
        cfg.setProperty("hibernate.connection.provider_class", "org.hibernate.hikaricp.internal.HikariCPConnectionProvider");
        // Reads run outside a transaction in auto-commit, so with SQLite they never take the write lock.
        cfg.setProperty("hibernate.connection.autocommit", "true");
        cfg.setProperty("hibernate.hbm2ddl.auto", "none");
        cfg.setProperty("hibernate.jdbc.batch_size", "50");
        cfg.setProperty("hibernate.order_inserts", "true");
        // a batch use case walking many documents loads their lazy parts (lines' products, orders'
        // customers) a few dozen at a time instead of one query each
        cfg.setProperty("hibernate.default_batch_fetch_size", "32");
        cfg.setProperty("hibernate.show_sql", "false");
        if (config.vendor() == DatabaseConfig.Vendor.SQLITE) {
            // the pool's connections keep their compiled statements (CachingSqliteDriver); Flyway
            // and plain JDBC connections still use the driver as it is
            CachingSqliteDriver.register();
            cfg.setProperty("hibernate.connection.url", CachingSqliteDriver.url(config.jdbcUrl()));
            cfg.setProperty("hibernate.connection.driver_class", CachingSqliteDriver.class.getName());
            cfg.setProperty("hibernate.dialect", OrderDeskSqliteDialect.class.getName());
            // the dialect is named, so Hibernate need not ask the file about itself at start-up
            cfg.setProperty("hibernate.boot.allow_jdbc_metadata_access", "false");
            cfg.setProperty("hibernate.hikari.maximumPoolSize", "4");
            cfg.setProperty("hibernate.hikari.exceptionOverrideClassName", SqliteBusyEviction.class.getName());
            // The driver reads an insert's key itself (SELECT last_insert_rowid() after every INSERT,
            // its default), so Hibernate takes that instead of running the same select again: one
            // statement fewer for every row inserted.
            cfg.setProperty("hibernate.jdbc.use_get_generated_keys", "true");
        } else {
            cfg.setProperty("hibernate.connection.driver_class", "org.postgresql.Driver");
            cfg.setProperty("hibernate.hikari.maximumPoolSize", "8");
        }
        cfg.setProperty("hibernate.hikari.minimumIdle", "1");
        return cfg.buildSessionFactory();
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    public <T> T write(Function<Session, T> work) {
        // on SQLite the pool's connections commit without taking the lock again (SqliteCommitWithoutLock)
        return sessionFactory.fromTransaction(work);
    }

    /** Runs read-only {@code work} in a session without a write transaction. */
    public <T> T read(Function<Session, T> work) {
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        }
    }

    /** A plain JDBC connection for bulk work (demo data, imports) that bypasses the ORM. */
    public Connection openJdbcConnection() throws SQLException {
        if (config.vendor() == DatabaseConfig.Vendor.POSTGRESQL) {
            return ServerCheck.connect(config);
        }
        return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
