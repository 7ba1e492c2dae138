package com.orderdesk.model.claims;

/**
 * A deduction (the customer paid short: taken on a payment, or a short payment left unexplained)
 * or a dispute (the customer contests an invoice before paying it).
 */
public enum ClaimKind {
    DEDUCTION("Deduction"),
    DISPUTE("Dispute");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
