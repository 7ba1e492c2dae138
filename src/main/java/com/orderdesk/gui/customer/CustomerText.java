package com.orderdesk.gui.customer;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.customer.CreditStanding;

/** What the customer editor shows in words: the state chip and the credit line (plain Java, tested without a screen). */
final class CustomerText {
    /** The style classes the state chip may carry; one at a time. */
    static final String[] CHIP_STYLES = {"status-paid", "status-cancelled", "status-entered"};

    private CustomerText() {
    }

    static String chip(boolean isNew, boolean active) {
        return isNew ? "New" : active ? "Active" : "Inactive";
    }

    static String chipStyle(boolean isNew, boolean active) {
        return isNew ? "status-entered" : active ? "status-paid" : "status-cancelled";
    }

    /** The credit manager's terms for the customer, read-only here; {@code null} for a new customer. */
    static String credit(CreditStanding c, Formats formats) {
        if (c == null) {
            return "A new customer gets no credit limit and the default risk class until the credit manager sets them.";
        }
        return String.format("Limit %s   Risk class %s   %s   Review %s   Customer since %s",
                c.creditLimit() == null ? "none" : formats.money(c.creditLimit()), c.riskClass().label(),
                c.onManualHold() ? "ON MANUAL HOLD" : "No manual hold",
                c.reviewDate() == null ? "-" : formats.date(c.reviewDate()),
                c.customerSince() == null ? "-" : formats.date(c.customerSince()));
    }
}
