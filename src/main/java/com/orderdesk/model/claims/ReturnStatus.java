package com.orderdesk.model.claims;

/** Where a return authorization stands; it follows the units received and cancelled. */
public enum ReturnStatus {
    AUTHORIZED("Authorized"),
    PARTLY_RECEIVED("Partly received"),
    RECEIVED("Received"),
    CANCELLED("Cancelled");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
