package com.orderdesk.logic.fulfillment;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import java.time.LocalDate;
import java.util.List;

/** A shipment as stored: planned by routing, then released, picked and shipped. */
public record StoredShipment(long id, String number, String nodeCode, ShipmentStatus status, Money plannedCost,
                             Double distanceKm, Integer zone, int weightGrams, int units, String carrier,
                             String trackingNumber, LocalDate shipDate, long version, List<Line> lines, Dates planned) {
    public StoredShipment {
        lines = List.copyOf(lines);
        planned = planned == null ? Dates.NONE : planned;
    }

    /** A shipment without a carrier service or planned dates (routed before issue 17). */
    public StoredShipment(long id, String number, String nodeCode, ShipmentStatus status, Money plannedCost,
                          Double distanceKm, Integer zone, int weightGrams, int units, String carrier,
                          String trackingNumber, LocalDate shipDate, long version, List<Line> lines) {
        this(id, number, nodeCode, status, plannedCost, distanceKm, zone, weightGrams, units, carrier, trackingNumber,
                shipDate, version, lines, Dates.NONE);
    }

    /** The carrier service routing chose and the planned ship and delivery dates (all null when undated). */
    public record Dates(String service, LocalDate shipDate, LocalDate deliveryDate) {
        public static final Dates NONE = new Dates(null, null, null);
    }

    /** One order line's share of the shipment; {@code shipped} is null until confirmed. */
    public record Line(long id, long orderLineId, String sku, String description, int planned, Integer shipped) {
    }

    public boolean isOpen() {
        return status == ShipmentStatus.PLANNED || status == ShipmentStatus.RELEASED || status == ShipmentStatus.PICKED;
    }
}
