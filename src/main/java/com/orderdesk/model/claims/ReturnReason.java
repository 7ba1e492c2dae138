package com.orderdesk.model.claims;

/** Why goods come back; stored by name (add, never rename). The restocking fee follows the reason. */
public enum ReturnReason {
    DAMAGED("Damaged in transit"),
    WRONG_ITEM("Wrong item shipped"),
    NOT_ORDERED("Not ordered"),
    SURPLUS("Surplus (ordered too many)"),
    DEFECTIVE("Defective");

    private final String label;

    ReturnReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
