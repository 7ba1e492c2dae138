package com.orderdesk.logic.order;

import com.orderdesk.model.order.OrderStatus;
import java.time.LocalDate;

/**
 * What the orders list shows: {@code text} matches the start of the order number, customer PO,
 * customer number or name; the others narrow by status, customer and order date (inclusive).
 * The list is newest first, {@code limit} rows a page; {@code afterDate}/{@code afterId} (both or
 * neither) ask for the page after the row with that order date and id, so every order can be
 * reached however many match.
 */
public record OrderFilter(String text, OrderStatus status, Long customerId, LocalDate from, LocalDate to, int limit,
                          LocalDate afterDate, Long afterId) {
    public OrderFilter(String text, OrderStatus status, Long customerId, LocalDate from, LocalDate to, int limit) {
        this(text, status, customerId, from, to, limit, null, null);
    }

    public static OrderFilter all(int limit) {
        return new OrderFilter(null, null, null, null, null, limit);
    }

    /** The same filter, for the page after {@code last}. */
    public OrderFilter after(OrderListRow last) {
        return new OrderFilter(text, status, customerId, from, to, limit, last.orderDate(), last.id());
    }

    /** The same filter from the first page (to count every match). */
    public OrderFilter firstPage() {
        return new OrderFilter(text, status, customerId, from, to, limit);
    }
}
