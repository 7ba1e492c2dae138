package com.orderdesk.gui.fulfillment;

/** One line of the plan table: a shipment's share of one sku (shipment fields repeat on each of its lines). */
public record PlanRow(Long shipmentId, String shipment, String node, String status, String sku, int qty, Integer shipped,
                      String cost, int colorIndex) {
}
