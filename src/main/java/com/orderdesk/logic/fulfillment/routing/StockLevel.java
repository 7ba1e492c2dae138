package com.orderdesk.logic.fulfillment.routing;

/** On-hand quantity of one sku at one node; the router never promises the safety stock. */
public record StockLevel(String node, String sku, int qty, int safetyStock) {
    public int available() {
        return Math.max(0, qty - safetyStock);
    }
}
