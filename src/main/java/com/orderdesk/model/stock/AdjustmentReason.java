package com.orderdesk.model.stock;

/**
 * Why a person changed the count: a stock count found a different number on the shelf (the
 * quantity given is the counted number), goods were damaged (taken off), or goods were found
 * (added).
 */
public enum AdjustmentReason {
    COUNT("Count"),
    DAMAGE("Damage"),
    FOUND("Found");

    private final String label;

    AdjustmentReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
