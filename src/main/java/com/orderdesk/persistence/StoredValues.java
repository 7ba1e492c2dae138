package com.orderdesk.persistence;

import com.orderdesk.logic.store.DamagedRowException;
import java.time.LocalDate;

/**
 * One raw row of a native query, read column by column with the row named in every complaint:
 * a list reads its rows through this, so one damaged row (a date that does not parse, a status
 * this build does not know) is reported by name instead of failing the whole list.
 */
public final class StoredValues {
    private final String table;
    private final Object id;
    private final Object[] row;
    private final String[] columns;

    /** @param columns the names of the row's columns, for messages ("order_date"); may be shorter than the row */
    public StoredValues(String table, Object id, Object[] row, String... columns) {
        this.table = table;
        this.id = id;
        this.row = row;
        this.columns = columns;
    }

    public String rowName() {
        return table + " " + id;
    }

    public long id() {
        return ((Number) id).longValue();
    }

    public String text(int i) {
        Object v = row[i];
        if (v == null) {
            throw damaged(i, "is empty");
        }
        return v.toString();
    }

    public String textOr(int i, String whenNull) {
        return row[i] == null ? whenNull : row[i].toString();
    }

    public long longValue(int i) {
        Object v = row[i];
        if (v instanceof Long || v instanceof Integer) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number n) {
            if (n.doubleValue() == Math.rint(n.doubleValue())) {
                return n.longValue(); // a whole REAL (SUM of an empty set, an average of whole days)
            }
            throw damaged(i, StoredWholeNumbers.describe(v));
        }
        try {
            return Long.parseLong(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw damaged(i, StoredWholeNumbers.describe(v));
        }
    }

    public int integer(int i) {
        return (int) longValue(i);
    }

    public LocalDate date(int i) {
        String v = text(i);
        try {
            return isoDate(v);
        } catch (java.time.DateTimeException e) {
            throw damaged(i, "\"" + v + "\" is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * Dates are stored as ISO text. Lists read thousands of them (20,000 cases are 40,000 dates), and
     * the general ISO parser was half of a list's own time in a profile: the stored form is read by
     * hand, anything else by the parser (which also names what is wrong).
     */
    private static LocalDate isoDate(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            int year = digits(v, 0, 4);
            int month = digits(v, 5, 7);
            int day = digits(v, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day); // checks the month's days; throws DateTimeException
            }
        }
        return LocalDate.parse(v);
    }

    /** The number written by the digits from {@code from} to {@code to}, or -1 when any is not a digit. */
    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public LocalDate dateOrNull(int i) {
        return row[i] == null ? null : date(i);
    }

    public <E extends Enum<E>> E enumOf(int i, Class<E> type) {
        String v = text(i);
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            throw damaged(i, "\"" + v + "\" is not a known " + type.getSimpleName());
        }
    }

    private DamagedRowException damaged(int column, String what) {
        String name = column < columns.length ? columns[column] : "column " + (column + 1);
        return new DamagedRowException(rowName(), name + " " + what);
    }
}
