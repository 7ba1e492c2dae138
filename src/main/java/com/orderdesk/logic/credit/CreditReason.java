package com.orderdesk.logic.credit;

/**
 * Why an order was held. Stored with the held order (by name) and offered as a filter on the
 * credit-hold review screen, so the names are part of the data format: add, never rename.
 */
public enum CreditReason {
    CREDIT_LIMIT_EXCEEDED("Credit limit exceeded", "Over limit"),
    INVOICE_PAST_DUE("Invoice past due", "Past due"),
    OLDEST_ITEM_TOO_OLD("Oldest open item too old", "Old item"),
    ORDER_OVER_MAX_NO_LIMIT("Order too large for a customer without a limit", "Large, no limit"),
    ORDER_OVER_MAX_NEW_CUSTOMER("Order too large for a new customer", "Large, new"),
    MANUAL_HOLD("Customer on manual hold", "Manual hold"),
    CREDIT_REVIEW_OVERDUE("Credit review overdue", "Review due"),
    PREDICTED_VERY_LATE("Predicted to pay very late", "Pays late");

    private final String label;
    private final String shortLabel;

    CreditReason(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** A short label for filters and column cells. */
    public String label() {
        return label;
    }

    /**
     * A few words for the hold queue's cells, where two or three reasons share one column beside
     * the customer's name at 1366 px; the whole label is in the filter and the order's detail.
     */
    public String shortLabel() {
        return shortLabel;
    }
}
