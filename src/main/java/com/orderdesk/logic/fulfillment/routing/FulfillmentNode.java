package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.model.common.GeoPoint;

/**
 * A place that ships: its costs per shipment and per unit, how many shipments it can make (null:
 * no limit), and how many calendar days it needs from an order's release until its shipment
 * leaves ({@code handlingDays}; used only when the rate card has carrier services).
 */
public record FulfillmentNode(String id, NodeType type, GeoPoint location, double handlingCost,
                              double pickCostPerUnit, Integer capacityShipments, int handlingDays) {
    public FulfillmentNode {
        if (handlingDays < 0) {
            throw new IllegalArgumentException("handlingDays must not be negative: " + handlingDays);
        }
    }

    /** A node that ships on the day of release. */
    public FulfillmentNode(String id, NodeType type, GeoPoint location, double handlingCost,
                           double pickCostPerUnit, Integer capacityShipments) {
        this(id, type, location, handlingCost, pickCostPerUnit, capacityShipments, 0);
    }
}
