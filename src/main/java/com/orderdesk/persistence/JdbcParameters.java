package com.orderdesk.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Sets a prepared statement's parameters from plain values, for the bulk paths that write with
 * JDBC (the customer tables, the demo's bulk load): null, Boolean, Integer, Long and Double as
 * such, anything else as its text (dates are ISO text in this book).
 */
public final class JdbcParameters {
    private JdbcParameters() {
    }

    public static void set(PreparedStatement ps, Object... values) throws SQLException {
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
    }
}
