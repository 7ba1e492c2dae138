package com.orderdesk.persistence;

import com.orderdesk.logic.store.DamagedRowException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw damaged(i, "\"" + v + "\" is not a number");
        }
    }

    public int integer(int i) {
        return (int) longValue(i);
    }

    public LocalDate date(int i) {
        String v = text(i);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw damaged(i, "\"" + v + "\" is not a date (YYYY-MM-DD)");
        }
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
