package com.orderdesk.persistence.customer;

import com.orderdesk.persistence.JdbcParameters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Small JDBC helpers for the customer tables: parameters, IN lists in chunks, nullable reads. */
final class Jdbc {
    /** Values per IN list: well inside every driver's parameter limit. */
    static final int CHUNK = 500;

    private Jdbc() {
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void set(PreparedStatement ps, Object... values) throws SQLException {
        JdbcParameters.set(ps, values);
    }

    static void query(Connection c, String sql, RowReader reader, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            set(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Runs {@code sqlWithIn} (containing {@code IN (?)} once) for each chunk of {@code values}. */
    static <T> void queryIn(Connection c, String sqlWithIn, Collection<T> values, RowReader reader) throws SQLException {
        List<T> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<T> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            query(c, sqlWithIn.replace("IN (?)", "IN (" + marks + ")"), reader, chunk.toArray());
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            set(ps, params);
            return ps.executeUpdate();
        }
    }

    static String text(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? "" : s;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
