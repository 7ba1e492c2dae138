package com.orderdesk.demo;

import com.orderdesk.application.security.AccountSeals;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.model.audit.AuditKeyRecord;
import java.security.SecureRandom;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.logic.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * Fills an empty database with a realistic, reproducible book: the same seed and day give the same
 * data. Bulk rows go through JDBC batches in one transaction: the whole book appears, or nothing.
 */
public final class DemoDataGenerator {
    /** Thrown when the caller cancels; the transaction is rolled back and the database stays empty. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("Demo data generation was cancelled; nothing was stored.");
        }
    }

    /** The people of the demo desk; every one signs in with the password {@value #DEMO_PASSWORD}. */
    public record DemoUser(String username, String displayName, Role role) {
    }

    public static final String DEMO_PASSWORD = "demo";
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("olivia", "Olivia Bennett", Role.ORDER_CLERK),
            new DemoUser("marcus", "Marcus Reed", Role.ORDER_CLERK),
            new DemoUser("priya", "Priya Raman", Role.ORDER_CLERK),
            new DemoUser("carmen", "Carmen Diaz", Role.CREDIT_MANAGER),
            new DemoUser("arthur", "Arthur Kim", Role.AR_CLERK),
            new DemoUser("admin", "Alex Morgan", Role.ADMINISTRATOR));

    /** What was written; {@code key} is the new book's audit key, for the demo's own work as its users. */
    public record Result(int customers, long orders, long lines, long invoices, long products, int nodes, long millis,
                         int heldOrders, AuditKey key) {
    }

    /** The advisory lock key that serializes demo-book writers on one PostgreSQL database ("OrderDk"). */
    private static final long DEMO_BOOK_LOCK = 0x4F72646572446BL;

    private final DemoInputs inputs;
    private final Clock clock;
    private final Function<String, String> passwordHasher;
    private final AccountSeals seals;
    private final SecureRandom random;
    private int minHeldOrders;
    private List<DemoStockAndPrices.Move> deferredMoves;
    private boolean auditHolds;

    /**
     * @param seals wraps the new book's audit key under each demo user's password (fewer PBKDF2
     *              rounds in tests, the real number otherwise)
     */
    public DemoDataGenerator(DemoInputs inputs, Clock clock, Function<String, String> passwordHasher, AccountSeals seals,
                             SecureRandom random) {
        this.inputs = inputs;
        this.clock = clock;
        this.passwordHasher = passwordHasher;
        this.seals = seals;
        this.random = random;
    }

    /**
     * Makes more customers risky (manual hold, lower limit, overdue review) until at least
     * {@code n} orders are held, as far as the book has orders before fulfillment (benchmarks).
     */
    public DemoDataGenerator withMinHeldOrders(int n) {
        this.minHeldOrders = n;
        return this;
    }

    /**
     * Leaves the stock movements out of the bulk transaction: the whole book writes them after the
     * history's shipments ({@link #deferredStockMovements}), so their counts chain through them.
     */
    DemoDataGenerator deferStockMovements() {
        this.deferredMoves = new java.util.ArrayList<>();
        return this;
    }

    /**
     * Audits the credit pass's holds in the bulk transaction ({@link DemoHoldAudit}): for a bulk-only book,
     * whose holds are final. The whole book checks its open orders again through the save's use case.
     */
    DemoDataGenerator auditHoldsInBulk() {
        this.auditHolds = true;
        return this;
    }

    /** The movements left for later, oldest first (empty unless deferred and the book was written). */
    List<DemoStockAndPrices.Move> deferredStockMovements() {
        return deferredMoves == null ? List.of() : List.copyOf(deferredMoves);
    }

    public static boolean isEmpty(Database db) {
        long customers = db.read(s -> s.createSelectionQuery("select count(c) from Customer c", Long.class).getSingleResult());
        return customers == 0;
    }

    /** Writes the demo book, or refuses with a StoreException when the database already has customers. */
    public Result generate(Database db, DemoSize size, DoubleConsumer progress, BooleanSupplier cancelled) {
        return generateIfEmpty(db, size, progress, cancelled).orElseThrow(() -> new StoreException("The database "
                + db.config().displayName() + " already has customers; demo data is only written into an empty database."));
    }

    /**
     * Writes the demo book unless the database already has customers (then returns empty). Safe
     * when several desks start at once on one empty PostgreSQL book: the first one writes it, the
     * others wait for it and find it there.
     */
    public Optional<Result> generateIfEmpty(Database db, DemoSize size, DoubleConsumer progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        Random rnd = new Random(size.seed());
        LocalDate today = LocalDate.now(clock);
        try (Connection c = db.openJdbcConnection()) {
            c.setAutoCommit(false);
            try {
                if (!claimEmptyBook(c, db.config().vendor())) {
                    c.rollback();
                    return Optional.empty();
                }
                AuditKey key = AuditKey.generate(random);
                users(c, key);
                DemoCompany.write(c);
                DemoMasterData master = new DemoMasterData(inputs, rnd, today, size.seed());
                var products = master.products(c);
                int nodes = master.nodesAndInventory(c, products);
                DemoStockAndPrices kept = new DemoStockAndPrices(new Random(size.seed() + 11), today);
                kept.productCodes(c);
                List<DemoStockAndPrices.Move> moves = kept.movements(c);
                if (deferredMoves == null) {
                    DemoStockChain.write(c, moves);
                } else {
                    deferredMoves.addAll(moves);
                }
                progress.accept(0.02);
                var customers = master.customers(c, size.customers(), products);
                kept.datedContracts(c);
                progress.accept(0.10);
                DemoOrderHistory.Counts counts = new DemoOrderHistory(inputs, rnd, today, clock.instant())
                        .write(c, customers, products, size.orders(), size.maxLinesPerOrder(),
                                p -> progress.accept(0.10 + 0.85 * p), cancelled);
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(DemoOrderHistory.shipToSnapshotSql());
                    st.executeUpdate("UPDATE document_sequence SET next_value = " + (counts.lastOrderNo() + 1) + " WHERE series = 'ORDER'");
                    st.executeUpdate("UPDATE document_sequence SET next_value = " + (counts.lastInvoiceNo() + 1) + " WHERE series = 'INVOICE'");
                }
                DemoCreditPass creditPass = new DemoCreditPass(rnd, today, DemoBook.user("carmen", key));
                int held = creditPass.run(c, minHeldOrders);
                // Carmen's decisions behind the risky customers always; the holds when they are final (a bulk-only book)
                DemoHoldAudit.write(c, key, creditPass.decisions(), clock.instant(),
                        auditHolds ? creditPass.held() : List.of());
                if (db.config().vendor() == DatabaseConfig.Vendor.POSTGRESQL) {
                    resetIdentities(c);
                }
                c.commit();
                progress.accept(1.0);
                return Optional.of(new Result(size.customers(), counts.orders(), counts.lines(), counts.invoices(),
                        products.size(), nodes, (System.nanoTime() - start) / 1_000_000, held, key));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Writing demo data failed: " + e.getMessage(), e);
        }
    }

    /**
     * Inside the bulk transaction: true when this connection may write the book. PostgreSQL takes a
     * transaction-scoped advisory lock first, so a second desk waits here until the first commits
     * (or rolls back) and then sees its customers; SQLite's IMMEDIATE transaction already holds the
     * write lock.
     */
    private static boolean claimEmptyBook(Connection c, DatabaseConfig.Vendor vendor) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (vendor == DatabaseConfig.Vendor.POSTGRESQL) {
                try (ResultSet ignored = st.executeQuery("SELECT pg_advisory_xact_lock(" + DEMO_BOOK_LOCK + ")")) {
                    // held until commit or rollback
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM customer")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        }
    }

    /**
     * The demo users, and the book sealed in the same transaction: each user's row holds the new
     * audit key wrapped under their password and a seal over the row (see BookSealing).
     */
    private void users(Connection c, AuditKey key) throws SQLException {
        try (BatchInsert u = new BatchInsert(c, "app_user", "id", "username", "display_name", "role", "password_hash", "active",
                "must_change_password", "key_salt", "key_iterations", "wrapped_key", "record_mac")) {
            long id = 1;
            for (DemoUser user : USERS) {
                // one hash per user: each gets its own salt
                String hash = passwordHasher.apply(DEMO_PASSWORD);
                AccountSeals.SealedColumns sealed = seals.sealedColumns(id, user.username(), user.displayName(), java.util.Set.of(user.role()),
                        true, hash, key, DEMO_PASSWORD.toCharArray());
                u.row(id++, user.username(), user.displayName(), user.role().name(), hash, true, false, sealed.keySalt(),
                        sealed.keyIterations(), sealed.wrappedKey(), sealed.recordMac());
            }
        }
        try (BatchInsert k = new BatchInsert(c, "audit_key", "id", "key_check", "sealed_seq", "sealed_at")) {
            k.row(AuditKeyRecord.ID, key.keyCheck(), 0L, clock.instant().toEpochMilli());
        }
    }

    /** Explicit ids were written; move PostgreSQL's identity sequences past them. */
    private static void resetIdentities(Connection c) throws SQLException {
        String[] tables = {"app_user", "customer", "ship_to", "product", "customer_price", "fulfillment_node", "inventory",
                "stock_movement", "sales_order", "sales_order_line", "invoice", "credit_hold_reason"};
        try (Statement st = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet ignored = st.executeQuery("SELECT setval(pg_get_serial_sequence('" + t + "', 'id'), "
                        + "COALESCE((SELECT MAX(id) FROM " + t + "), 0) + 1, false)")) {
                    // the value is not needed
                }
            }
        }
    }
}
