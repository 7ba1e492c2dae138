package com.orderdesk.demo;

import com.orderdesk.persistence.JdbcParameters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A prepared INSERT that flushes every {@value #BATCH} rows: bulk loading without the ORM's overhead. */
final class BatchInsert implements AutoCloseable {
    private static final int BATCH = 2000;
    private final PreparedStatement ps;
    private BatchInsert parent;
    private int pending;
    private long rows;

    BatchInsert(Connection c, String table, String... columns) throws SQLException {
        String cols = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        ps = c.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")");
    }

    /** Rows of this table refer to rows of {@code parent}: write the parent's pending rows first. */
    BatchInsert after(BatchInsert parent) {
        this.parent = parent;
        return this;
    }

    void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    void row(Object... values) throws SQLException {
        JdbcParameters.set(ps, values);
        ps.addBatch();
        rows++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        ps.close();
    }
}
