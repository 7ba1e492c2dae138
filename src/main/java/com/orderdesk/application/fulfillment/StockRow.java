package com.orderdesk.application.fulfillment;

/** One inventory row: node and product ids, codes, and the three quantities. */
public record StockRow(long id, long nodeId, String nodeCode, long productId, String sku, int onHand, int reserved,
                       int safetyStock) {
    public int available() {
        return Math.max(0, onHand - reserved - safetyStock);
    }
}
