package com.orderdesk.persistence;

import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.catalog.CustomerPrice;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.InventoryItem;
import com.orderdesk.model.fulfillment.NodeType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** A small, known book of customers, products and stock in a real database (a SQLite file unless told), for persistence tests. */
public final class TestBook {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final TaxRates TAX = state -> {
        BigDecimal r = Map.of("IL", new BigDecimal("0.0625"), "OR", BigDecimal.ZERO, "TX", new BigDecimal("0.0625"),
                "CA", new BigDecimal("0.0725")).get(state);
        if (r == null) {
            throw new IllegalArgumentException("Unknown state " + state);
        }
        return r;
    };

    /** Every test user signs in with this password (stored as a cheap bcrypt hash: tests need not be slow). */
    public static final String PASSWORD = "password1";
    private static final String PASSWORD_HASH = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
            .encode(PASSWORD);
    /** PBKDF2 rounds for the test users' key copies: the real number makes no test more true, only slower. */
    public static final int KEY_ITERATIONS = 1_000;

    public final Database db;
    private final com.orderdesk.logic.audit.AuditKey key = com.orderdesk.logic.audit.AuditKey.generate(new java.security.SecureRandom());
    private final com.orderdesk.application.security.AccountSeals seals =
            new com.orderdesk.application.security.AccountSeals(new java.security.SecureRandom(), KEY_ITERATIONS);
    private final java.util.Map<String, com.orderdesk.logic.security.SignedInUser> users = new java.util.HashMap<>();
    private com.orderdesk.app.AppServices services;
    public long acmeId;
    public long acmeShipToId;
    public long acmeBranchShipToId;
    public long exemptId;
    public long exemptShipToId;
    public long gloveId;
    public long towelId;
    public long drumId;

    private TestBook(Database db) {
        this.db = db;
    }

    public static TestBook create(Path dir) {
        return create(DatabaseConfig.sqlite(dir.resolve("book.db")));
    }

    /** The same book in any database (a fresh PostgreSQL schema, for instance). */
    public static TestBook create(DatabaseConfig config) {
        TestBook b = new TestBook(Database.open(config));
        b.seal();
        b.seed();
        return b;
    }

    /** The use cases over this book, wired as the application wires them. */
    public synchronized com.orderdesk.app.AppServices services() {
        if (services == null) {
            services = com.orderdesk.app.AppServices.over(db, TAX, CLOCK, KEY_ITERATIONS);
        }
        return services;
    }

    /** The book's audit key (what a password opens at sign-in). */
    public com.orderdesk.logic.audit.AuditKey key() {
        return key;
    }

    /**
     * A user of this book as signed in (holding the book's key), made with {@code role} the first
     * time the name is asked for. Signs in with {@link #PASSWORD} too.
     */
    public synchronized com.orderdesk.logic.security.SignedInUser user(String name, com.orderdesk.model.security.Role role,
                                                                       com.orderdesk.model.security.Role... more) {
        return user(name, java.util.EnumSet.of(role, more));
    }

    /**
     * As {@link #user(String, com.orderdesk.model.security.Role, com.orderdesk.model.security.Role...)}, with any roles;
     * with none, the account holds a role this build does not know, which grants nothing.
     */
    public synchronized com.orderdesk.logic.security.SignedInUser user(String name,
                                                                       java.util.Set<com.orderdesk.model.security.Role> roles) {
        com.orderdesk.logic.security.SignedInUser u = users.get(name);
        if (u == null) {
            long id = db.write(s -> {
                com.orderdesk.model.security.AppUser row = new com.orderdesk.model.security.AppUser(name,
                        displayName(name), roles.isEmpty() ? java.util.Set.of(com.orderdesk.model.security.Role.ORDER_CLERK)
                        : roles, PASSWORD_HASH);
                if (roles.isEmpty()) {
                    // no role: a role this build does not know grants nothing (as in a book a newer version gave a new role)
                    storeUnknownRole(row);
                }
                s.persist(row);
                s.flush();
                seals.wrapFor(row, key, PASSWORD.toCharArray());
                com.orderdesk.application.security.AccountSeals.seal(row, key);
                return row.id();
            });
            u = new com.orderdesk.logic.security.SignedInUser(id, name, displayName(name), roles, key);
            users.put(name, u);
        }
        if (!u.roles().equals(roles)) {
            throw new IllegalArgumentException(name + " is already a user with the roles " + u.roles() + ", not " + roles);
        }
        return u;
    }

    /** The usual desks of the tests: order clerks, credit managers, the AR clerk, the administrator. */
    public com.orderdesk.logic.security.SignedInUser clerk() {
        return user("clerk1", com.orderdesk.model.security.Role.ORDER_CLERK);
    }

    public com.orderdesk.logic.security.SignedInUser manager() {
        return user("carmen", com.orderdesk.model.security.Role.CREDIT_MANAGER);
    }

    public com.orderdesk.logic.security.SignedInUser arClerk() {
        return user("ar1", com.orderdesk.model.security.Role.AR_CLERK);
    }

    public com.orderdesk.logic.security.SignedInUser admin() {
        return user("admin", com.orderdesk.model.security.Role.ADMINISTRATOR);
    }

    private static void storeUnknownRole(com.orderdesk.model.security.AppUser row) {
        try {
            java.lang.reflect.Field role = com.orderdesk.model.security.AppUser.class.getDeclaredField("role");
            role.setAccessible(true);
            role.set(row, "RETIRED_ROLE");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String displayName(String name) {
        return name; // so refusals read "AR clerk arthur may not ..." and the tests can look for the name
    }

    /** The book gets its audit key before anything is audited, as a new book does. */
    private void seal() {
        db.write(s -> {
            s.persist(new com.orderdesk.model.audit.AuditKeyRecord(key.keyCheck(), 0, CLOCK.instant()));
            return null;
        });
    }

    private void seed() {
        db.write(s -> {
            Customer acme = new Customer("C-10001", "Acme Janitorial Supply", "2/10 NET 30", RiskClass.LOW, LocalDate.of(2019, 3, 1));
            acme.setContact("Dana Ortiz", "(312) 555-0101", "orders@acme.example");
            Address chicago = new Address("120 W Madison St", null, "Chicago", "IL", "60602", new GeoPoint(41.8819, -87.6278));
            acme.setBillTo(chicago);
            acme.setCreditLimit(Money.of("50000"));
            acme.addShipTo("Main warehouse", chicago, true);
            acme.addShipTo("Austin branch", new Address("500 Congress Ave", null, "Austin", "TX", "78701", new GeoPoint(30.2672, -97.7431)), false);
            s.persist(acme);
            Customer exempt = new Customer("C-10002", "Portland Public Schools", "NET 30", RiskClass.LOW, LocalDate.of(2020, 1, 1));
            Address pdx = new Address("501 N Dixon St", null, "Portland", "OR", "97227", new GeoPoint(45.5152, -122.6784));
            exempt.setBillTo(pdx);
            exempt.setTaxExempt(true, "OR-EX-4411");
            exempt.addShipTo("District office", pdx, true);
            s.persist(exempt);
            Product glove = new Product("GLV-NIT-L", "Nitrile gloves, large, box of 100", "Safety", "BX", 680, Money.of("12.49"), Money.of("7.10"));
            Product towel = new Product("TWL-ROLL-8", "Paper towel roll, 8 in x 800 ft", "Janitorial", "CS", 9500, Money.of("41.00"), Money.of("27.00"));
            Product drum = new Product("DGR-55", "Degreaser concentrate, 55 gal drum", "Chemicals", "EA", 215000, Money.of("689.00"), Money.of("455.00"));
            s.persist(glove);
            s.persist(towel);
            s.persist(drum);
            s.persist(new CustomerPrice(acme, glove, Money.of("10.99"), LocalDate.of(2026, 1, 1), null));
            FulfillmentNode atl = new FulfillmentNode("DC-ATL", "Atlanta DC", NodeType.DC,
                    new Address("1 Peachtree", null, "Atlanta", "GA", "30303", new GeoPoint(33.749, -84.388)), Money.of("2.50"), Money.of("0.20"), null);
            FulfillmentNode chi = new FulfillmentNode("ST-CHI", "Chicago store", NodeType.STORE,
                    new Address("2 State St", null, "Chicago", "IL", "60602", new GeoPoint(41.88, -87.63)), Money.of("4.00"), Money.of("0.35"), 40);
            s.persist(atl);
            s.persist(chi);
            s.persist(new InventoryItem(atl, glove, 500, 20, 10));
            s.persist(new InventoryItem(chi, glove, 30, 0, 0));
            s.persist(new InventoryItem(atl, towel, 12, 0, 2));
            s.persist(new InventoryItem(atl, drum, 1, 1, 0));
            s.flush();
            acmeId = acme.id();
            acmeShipToId = acme.shipTos().get(0).id();
            acmeBranchShipToId = acme.shipTos().get(1).id();
            exemptId = exempt.id();
            exemptShipToId = exempt.shipTos().get(0).id();
            gloveId = glove.id();
            towelId = towel.id();
            drumId = drum.id();
            return null;
        });
    }
}
