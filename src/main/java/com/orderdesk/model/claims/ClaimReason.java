package com.orderdesk.model.claims;

import java.util.List;

/** Why the customer paid short or disputes; stored by name (add, never rename). */
public enum ClaimReason {
    PRICING("Price"),
    QUANTITY_SHORT("Quantity short"),
    DAMAGED("Damaged"),
    NOT_RECEIVED("Not received"),
    TAX("Tax"),
    FREIGHT("Freight"),
    DUPLICATE_BILLING("Duplicate billing"),
    PROMOTION("Promotion or allowance"),
    RETURN("Return not yet credited"),
    OTHER("Other"),
    UNEXPLAINED("Unexplained");

    private final String label;

    ClaimReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reasons a person may give when opening a dispute (the others come from payments). */
    public static List<ClaimReason> disputeReasons() {
        return List.of(PRICING, QUANTITY_SHORT, DAMAGED, NOT_RECEIVED, TAX, FREIGHT, DUPLICATE_BILLING, OTHER);
    }
}
