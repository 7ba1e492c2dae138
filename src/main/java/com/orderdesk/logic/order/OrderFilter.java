package com.orderdesk.logic.order;

import com.orderdesk.model.order.OrderStatus;
import java.time.LocalDate;

/**
 * What the orders list shows: {@code text} matches the start of the order number, customer PO,
 * customer number or name; the others narrow by status, customer and order date (inclusive).
 */
public record OrderFilter(String text, OrderStatus status, Long customerId, LocalDate from, LocalDate to, int limit) {
    public static OrderFilter all(int limit) {
        return new OrderFilter(null, null, null, null, null, limit);
    }
}
