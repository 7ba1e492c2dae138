package com.orderdesk.logic.order;

/** How many invoices an order has and how many of them still have money open (unpaid, not fully credited). */
public record InvoiceTally(int invoices, int open) {
}
