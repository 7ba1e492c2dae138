package com.orderdesk.application.claims;

/**
 * Returned units inspected good go back on the node's shelf, in the receipt's unit of work, so the
 * router sees them at once. A port: today it raises the node's on-hand; once stock movements are
 * kept (history per SKU and node) it records a "return" movement instead.
 */
public interface ReturnedStock {
    void putBack(long nodeId, long productId, int units, String reference);
}
