package com.orderdesk.logic.fulfillment;

/**
 * Where an order awaiting fulfillment stands with routing and shipping; the words the queue shows.
 * They are short because the queue is narrow beside the map at 1366 px (about 100 px for this
 * column): "Routed, part backordered" read "Routed, part b".
 */
public enum RoutingStatus {
    AWAITING_ROUTING("To route"),
    BACKORDERED("Backordered"),
    ROUTED("Routed"),
    PART_BACKORDERED("Part backorder"),
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
