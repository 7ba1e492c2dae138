package com.orderdesk.model.customer;

/**
 * The customer's credit risk class; the credit policy's thresholds are set per class. Stored by
 * name in customer.risk_class, so the names are part of the data format: add, never rename.
 */
public enum RiskClass {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskClass(String label) {
        this.label = label;
    }

    /** The word shown in lists and sentences ("risk class Medium"). */
    public String label() {
        return label;
    }
}
