package com.orderdesk.logic.credit;

/** How much credit risk a customer carries; each class has its own thresholds in {@link CreditPolicy}. */
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
