package com.orderdesk.model.stock;

/** What moved stock on hand at a node. Shipments are recorded by fulfillment, not as movements. */
public enum MovementKind {
    RECEIPT("Receipt"),
    ADJUSTMENT("Adjustment"),
    TRANSFER_OUT("Transfer out"),
    TRANSFER_IN("Transfer in");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
