package com.orderdesk.logic.catalog;

import java.util.Map;

/** One data row of an import file: its line number and its text by column name. */
public record FileRow(long line, Map<String, String> values) {
    public FileRow {
        values = Map.copyOf(values);
    }

    /** The trimmed text of a column ("" when absent). */
    public String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.strip();
    }
}
