package com.orderdesk.logic.fulfillment;

/** Where an order awaiting fulfillment stands with routing and shipping; the words the queue shows. */
public enum RoutingStatus {
    AWAITING_ROUTING("Awaiting routing"),
    BACKORDERED("Backordered"),
    ROUTED("Routed"),
    PART_BACKORDERED("Routed, part backordered"),
    AT_WAREHOUSE("At warehouse"),
    PART_SHIPPED("Part shipped"),
    SHIPPED("Shipped");

    private final String label;

    RoutingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
