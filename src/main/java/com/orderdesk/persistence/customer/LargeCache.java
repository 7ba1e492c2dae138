package com.orderdesk.persistence.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A larger SQLite page cache on the unit of work's connection while an import writes many
 * customers, put back afterwards. With SQLite's default 2 MB cache, the search-word index
 * (2.3 million rows on the 100,000-customer book, inserted in random order) spills dirty pages
 * to the WAL again and again inside the one transaction: a 5,000-customer import wrote 370 MB.
 * PostgreSQL manages its own buffers; nothing is done there.
 */
final class LargeCache implements AutoCloseable {
    /** Customers from which the cache is enlarged (a screen's save never is). */
    static final int FROM_CUSTOMERS = 500;
    /** KiB of page cache while importing (a negative cache_size counts KiB). */
    private static final int IMPORT_KIB = 512 * 1024;

    private final Connection c;
    private final Integer before;

    private LargeCache(Connection c, Integer before) {
        this.c = c;
        this.before = before;
    }

    static LargeCache during(Connection c, int customers) throws SQLException {
        if (customers < FROM_CUSTOMERS || !"SQLite".equals(c.getMetaData().getDatabaseProductName())) {
            return new LargeCache(c, null);
        }
        int[] was = {0};
        Jdbc.query(c, "PRAGMA cache_size", rs -> was[0] = rs.getInt(1));
        set(c, -IMPORT_KIB);
        return new LargeCache(c, was[0]);
    }

    private static void set(Connection c, int size) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + size);
        }
    }

    @Override
    public void close() throws SQLException {
        if (before != null) {
            // the dirty pages stay until commit; only the limit for later work on this connection goes back
            set(c, before);
        }
    }
}
