package com.orderdesk.logic.order;

import java.time.Instant;

/**
 * One step in an order's life, as its timeline shows it.
 *
 * @param at        when it happened; for history known only by its day ({@code timeKnown} false), noon of that day
 * @param title     a few words ("Held for credit", "Shipped")
 * @param detail    what happened, in sentences a clerk reads ("Invoice INV-000123 is 47 days past due ...")
 * @param user      who did it; null when the system did (the routing after a credit check) or nobody knows
 * @param link      the screen that holds the document; null when there is none
 */
public record TimelineEvent(Instant at, boolean timeKnown, Kind kind, String title, String detail, String user,
                            TimelineLink link) {
    /** The kinds of step, in the order they happen when two share one instant. */
    public enum Kind {
        ENTERED, AMENDED, CREDIT_HOLD, CREDIT_KEPT, CREDIT_PASSED, CREDIT_RELEASED, CREDIT_REJECTED, ROUTING_OVERRIDE, ROUTED,
        SHIPMENT_RELEASED, SHORT_PICK, SHIPPED, INVOICED, CREDIT_MEMO, PAYMENT, PAYMENT_REVERSED, PAID, CANCELLED
    }
}
