package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.fulfillment.routing.FulfillmentNode;
import com.orderdesk.model.fulfillment.NodeType;

/** An active node with its database id and display name beside the router's view of it, and its open shipments. */
public record NodeRow(long id, String name, NodeType kind, FulfillmentNode routing, int openShipments) {
    /** At its daily shipment capacity: the router is not offered it. */
    public boolean atCapacity() {
        Integer cap = routing.capacityShipments();
        return cap != null && openShipments >= cap;
    }
}
