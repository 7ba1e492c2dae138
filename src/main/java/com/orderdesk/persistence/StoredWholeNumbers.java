package com.orderdesk.persistence;

import com.orderdesk.logic.store.DamagedRowException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Whole numbers (cents, quantities, counts) as SQLite stores them. A column declared INTEGER still
 * keeps text it cannot convert ('abc', '12x') or a fraction (12.5), written by hand past the
 * application, and the driver's {@code getLong} reads 'abc' as 0 and '12x' as 12: an invoice whose
 * open amount is 'abc' showed as paid. Every whole number read from a table column goes through
 * {@link #read}, which names the row (table, id, column, the text found) instead; sums in SQL leave
 * such rows out with {@link #isWhole}. PostgreSQL's typed columns cannot hold such a value
 * (decisions/0012-stored-numbers-that-are-not-numbers.md).
 */
public final class StoredWholeNumbers {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoredWholeNumbers.class);

    private StoredWholeNumbers() {
    }

    /**
     * An SQL condition true when the column holds a whole number (or is null): text and fractions
     * differ from their own cast in SQLite; on PostgreSQL it is always true.
     */
    public static String isWhole(String column) {
        return "(" + column + " IS NULL OR " + column + " = CAST(" + column + " AS BIGINT))";
    }

    /**
     * The whole number in {@code column} of the current row, or null when it is null (then
     * {@link ResultSet#wasNull()} is true as after {@code getLong}). A value computed by the query
     * (a sum, a difference) is read as the driver reads it: only a value stored in a table is a damaged row.
     *
     * @throws DamagedRowException naming the row when the column holds text or a fraction
     */
    public static Long read(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null || v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        ResultSetMetaData meta = rs.getMetaData();
        String table = meta.getTableName(column);
        if (table == null || table.isEmpty()) {
            return rs.getLong(column);
        }
        throw new DamagedRowException(table + " " + idOf(rs, meta, table), meta.getColumnName(column) + " " + describe(v));
    }

    /** {@link #read}, with 0 for null, as {@code getLong} gives. */
    public static long readLong(ResultSet rs, int column) throws SQLException {
        Long v = read(rs, column);
        return v == null ? 0 : v;
    }

    /**
     * The rows of {@code table} matching {@code where} whose {@code column} holds no whole number, named
     * for a list's damage note: "invoice INV-000102 (invoice 2): open_cents \"abc\" is not a whole
     * number". The list's own query leaves them out with {@link #isWhole}; this says which they were.
     */
    public static java.util.List<String> named(org.hibernate.Session s, String table, String kind, String numberColumn,
                                               String column, String where) {
        return found(s, table, kind, numberColumn, column, where).stream().map(LeftOut::name).toList();
    }

    /** A row left out of a sum: its document number (what a screen says) and its full name (what the log says). */
    public record LeftOut(String number, String name) {
    }

    private static java.util.List<LeftOut> found(org.hibernate.Session s, String table, String kind, String numberColumn,
                                                 String column, String where) {
        java.util.List<LeftOut> found = new java.util.ArrayList<>();
        for (Object[] r : s.createNativeQuery("SELECT id, " + numberColumn + ", CAST(" + column + " AS TEXT) FROM " + table
                + " WHERE " + where + " AND NOT " + isWhole(column) + " ORDER BY id", Object[].class).getResultList()) {
            found.add(new LeftOut(String.valueOf(r[1]), kind + " " + r[1] + " (" + table + " " + r[0] + "): " + column + " "
                    + describe(r[2])));
        }
        return found;
    }

    /** {@link #loggedLeftOut}, giving each row's number too: for a result that tells its screen what was left out. */
    public static java.util.List<LeftOut> loggedLeftOutRows(org.hibernate.Session s, String what, String table, String kind,
                                                         String numberColumn, String column, String where) {
        java.util.List<LeftOut> rows = found(s, table, kind, numberColumn, column, where);
        rows.forEach(row -> LOG.warn("Left out of {}: {}", what, row.name()));
        return rows;
    }

    /**
     * {@link #named}, each logged as left out of {@code what} ("the dunning run"): for a reader whose
     * query leaves the rows out with {@link #isWhole} and whose result carries no damage note, so the
     * log line is where the person fixing the book finds them.
     */
    public static java.util.List<String> loggedLeftOut(org.hibernate.Session s, String what, String table, String kind,
                                                       String numberColumn, String column, String where) {
        java.util.List<String> names = named(s, table, kind, numberColumn, column, where);
        names.forEach(name -> LOG.warn("Left out of {}: {}", what, name));
        return names;
    }

    /** "\"abc\" is not a whole number", the words every reading of a damaged number uses. */
    public static String describe(Object stored) {
        return "\"" + stored + "\" is not a whole number";
    }

    /** The row's id when the query selected it from the same table (Hibernate always does), else "(id not read)". */
    private static String idOf(ResultSet rs, ResultSetMetaData meta, String table) throws SQLException {
        for (int k = 1; k <= meta.getColumnCount(); k++) {
            if (table.equals(meta.getTableName(k)) && "id".equalsIgnoreCase(meta.getColumnName(k))) {
                return String.valueOf(rs.getObject(k));
            }
        }
        return "(id not read)";
    }
}
