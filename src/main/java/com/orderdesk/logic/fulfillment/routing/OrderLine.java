package com.orderdesk.logic.fulfillment.routing;

/** A quantity of one sku (an order line, a shipment line or a backordered line). */
public record OrderLine(String sku, int qty) {
}
