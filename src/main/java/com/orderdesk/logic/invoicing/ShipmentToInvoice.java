package com.orderdesk.logic.invoicing;

import java.time.LocalDate;

/** A shipped shipment waiting for its invoice; {@code units} is what it shipped. */
public record ShipmentToInvoice(long shipmentId, String shipmentNumber, String orderNumber, String customerNumber,
                                String customerName, LocalDate shipDate, int lines, int units) {
}
