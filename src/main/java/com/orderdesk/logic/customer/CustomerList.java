package com.orderdesk.logic.customer;

import java.util.List;

/**
 * What the customers list shows: the first rows that match (by name), how many customers the
 * book holds, and whether more matched than are shown.
 */
public record CustomerList(List<CustomerRow> rows, long customersInBook, boolean more) {
    public CustomerList {
        rows = List.copyOf(rows);
    }
}
