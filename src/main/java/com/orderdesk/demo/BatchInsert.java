package com.orderdesk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

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
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(i + 1, b);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (v instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else {
                ps.setString(i + 1, v.toString());
            }
        }
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
