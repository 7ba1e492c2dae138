package com.orderdesk.logic.fulfillment;

import java.time.LocalDate;
import java.util.Map;

/**
 * Pack-and-ship confirmation of one shipment: carrier, tracking number, ship date and the quantity
 * actually shipped per shipment line (by shipment line id). Less than planned is a short pick.
 */
public record ShipConfirmation(long shipmentId, long expectedVersion, String carrier, String trackingNumber,
                               LocalDate shipDate, Map<Long, Integer> shippedByLine) {
    public ShipConfirmation {
        shippedByLine = Map.copyOf(shippedByLine);
    }
}
