package com.orderdesk.logic.fulfillment;

import java.util.List;

/**
 * The result of confirming a shipment: the short-picked units and where they went (new shipment
 * numbers from the next best nodes, or backordered), and whether the whole order is now shipped.
 */
public record ShipOutcome(String shipmentNumber, int shortUnits, List<String> reroutedTo, int backorderedUnits,
                          boolean orderShipped, String message) {
    public ShipOutcome {
        reroutedTo = List.copyOf(reroutedTo);
    }
}
