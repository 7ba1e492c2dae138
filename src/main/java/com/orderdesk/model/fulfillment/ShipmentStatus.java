package com.orderdesk.model.fulfillment;

/**
 * Where a shipment stands: PLANNED by the router (stock reserved), RELEASED to the warehouse
 * (pick list printed), PICKED, SHIPPED (quantities confirmed, ready for invoicing), INVOICED,
 * or CANCELLED (reservation given back).
 */
public enum ShipmentStatus {
    PLANNED, RELEASED, PICKED, SHIPPED, INVOICED, CANCELLED
}
