package com.orderdesk.logic.store;

import java.util.List;

/**
 * A list read from the book, and the rows that could not be read, each named with what is wrong
 * ("order 17: order_date \"yesterday\" is not a date"): one damaged row is reported, and the rest
 * of the list still shows.
 */
public record Listing<T>(List<T> rows, List<String> damaged) {
    public Listing {
        rows = List.copyOf(rows);
        damaged = List.copyOf(damaged);
    }

    public static <T> Listing<T> of(List<T> rows) {
        return new Listing<>(rows, List.of());
    }

    /** For the status bar: empty when nothing was damaged. */
    public String damageNote() {
        if (damaged.isEmpty()) {
            return "";
        }
        return damaged.size() == 1 ? "1 row of the book could not be read and is left out: " + damaged.get(0)
                : damaged.size() + " rows of the book could not be read and are left out; the first: " + damaged.get(0);
    }
}
