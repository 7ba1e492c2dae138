package com.orderdesk.model.order;

/** Where an order stands in the cycle; the words are the ones the screens show on chips. */
public enum OrderStatus {
    ENTERED("Entered"),
    CREDIT_HOLD("Credit hold"),
    RELEASED("Released"),
    ALLOCATED("Allocated"),
    SHIPPED("Shipped"),
    INVOICED("Invoiced"),
    PAID("Paid"),
    CANCELLED("Cancelled");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A clerk may still amend the order: no goods have left. Amending a RELEASED order runs the
     * credit check again under the re-check rule (value rise, age of the release); amending an
     * ALLOCATED one gives its reserved stock back first and routes it again after the check, as
     * long as none of its shipments has gone to a warehouse (the amendment refuses otherwise).
     */
    public boolean isAmendable() {
        return this == ENTERED || this == CREDIT_HOLD || this == RELEASED || this == ALLOCATED;
    }
}
