package com.orderdesk.logic.invoicing.print;

/** The two statements of account a customer can be sent. */
public enum StatementKind {
    /** What is open on the statement date, aged (the statement as it always was). */
    OPEN_ITEMS("Open items"),
    /** Balance forward: opening balance, the period's movements with a running balance, closing balance and aging. */
    ACTIVITY("Activity for a period");

    private final String label;

    StatementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
