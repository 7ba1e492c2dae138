package com.orderdesk.logic.order;

import java.time.LocalDate;

/**
 * Where a timeline entry's document is kept: the screen that holds it and what to open there.
 *
 * @param document the document's number (order, invoice, payment ...)
 * @param orderId  the order to open, for the order and fulfillment screens
 * @param day      the day to show, for the cash desk (payments are listed per day received)
 */
public record TimelineLink(Screen screen, String document, Long orderId, LocalDate day) {
    /** The screens a timeline entry can lead to. */
    public enum Screen {
        ORDER("Open order"),
        CREDIT_HOLDS("Open in Credit holds"),
        FULFILLMENT("Open in Fulfillment"),
        INVOICES("Open in Invoices"),
        CASH("Open in Cash matching"),
        AUDIT("Show in the Audit trail"),
        /** The message an order was captured from (issue 12); orderId names the order. */
        ORIGINAL("Show the original message");

        private final String action;

        Screen(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }
    }

    public static TimelineLink to(Screen screen, String document) {
        return new TimelineLink(screen, document, null, null);
    }

    /** "Open in Invoices: INV-010001". */
    public String label() {
        return screen.action() + ": " + document;
    }
}
