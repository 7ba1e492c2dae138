package com.orderdesk.logic.credit;

/**
 * Why an order was held. Stored with the held order (by name) and offered as a filter on the
 * credit-hold review screen, so the names are part of the data format: add, never rename.
 */
public enum CreditReason {
    CREDIT_LIMIT_EXCEEDED("Credit limit exceeded"),
    INVOICE_PAST_DUE("Invoice past due"),
    OLDEST_ITEM_TOO_OLD("Oldest open item too old"),
    ORDER_OVER_MAX_NO_LIMIT("Order too large for a customer without a limit"),
    ORDER_OVER_MAX_NEW_CUSTOMER("Order too large for a new customer"),
    MANUAL_HOLD("Customer on manual hold"),
    CREDIT_REVIEW_OVERDUE("Credit review overdue"),
    PREDICTED_VERY_LATE("Predicted to pay very late");

    private final String label;

    CreditReason(String label) {
        this.label = label;
    }

    /** A short label for filters and column cells. */
    public String label() {
        return label;
    }
}
