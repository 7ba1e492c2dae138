package com.orderdesk.gui.fulfillment;

/**
 * One line of the plan table: a shipment's share of one sku (shipment fields repeat on each of its
 * lines, but for its cost: on the first line only, so the column adds up). {@code service}, {@code ships} and {@code arrives} are the carrier service and the planned
 * ship and delivery dates as shown (empty for a plan routed without carrier services).
 */
public record PlanRow(Long shipmentId, String shipment, String node, String status, String sku, int qty, Integer shipped,
                      String cost, int colorIndex, String service, String ships, String arrives) {
}
