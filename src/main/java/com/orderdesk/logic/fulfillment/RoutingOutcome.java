package com.orderdesk.logic.fulfillment;

import java.util.List;

/** What routing (or an override, or a short-pick re-route) did to an order, in words for the status bar. */
public record RoutingOutcome(String orderNumber, List<String> shipmentNumbers, double cost, int backorderedUnits,
                             String message) {
    public RoutingOutcome {
        shipmentNumbers = List.copyOf(shipmentNumbers);
    }
}
