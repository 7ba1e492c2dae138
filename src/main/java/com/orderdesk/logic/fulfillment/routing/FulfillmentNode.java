package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.model.common.GeoPoint;

/** A place that ships: its costs per shipment and per unit, and how many shipments it can make (null: no limit). */
public record FulfillmentNode(String id, NodeType type, GeoPoint location, double handlingCost,
                              double pickCostPerUnit, Integer capacityShipments) {
}
