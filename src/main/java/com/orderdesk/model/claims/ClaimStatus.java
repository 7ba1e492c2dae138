package com.orderdesk.model.claims;

/**
 * A case's way: open, researching, waiting on the customer, resolved (valid, invalid or partly
 * valid), closed. Only the first three are "open" (the amount counts as disputed); a resolution
 * can be reversed (back to researching) until the case is closed.
 */
public enum ClaimStatus {
    OPEN("Open"),
    RESEARCHING("Researching"),
    WAITING_ON_CUSTOMER("Waiting on customer"),
    RESOLVED_VALID("Resolved valid"),
    RESOLVED_INVALID("Resolved invalid"),
    RESOLVED_PARTLY_VALID("Resolved partly valid"),
    CLOSED("Closed");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN || this == RESEARCHING || this == WAITING_ON_CUSTOMER;
    }

    public boolean isResolved() {
        return this == RESOLVED_VALID || this == RESOLVED_INVALID || this == RESOLVED_PARTLY_VALID;
    }

    /**
     * Only a resolved case is closed: an open one still holds disputed money nobody decided on, and a
     * closed one is closed. The case refuses the others and the claims desk's Close follows the same rule.
     */
    public boolean canBeClosed() {
        return isResolved();
    }
}
