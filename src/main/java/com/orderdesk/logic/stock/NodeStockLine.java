package com.orderdesk.logic.stock;

import com.orderdesk.model.fulfillment.NodeType;

/** One node's stock of one product: what is on the shelf, promised to orders, kept back, and free to promise. */
public record NodeStockLine(long nodeId, String nodeCode, String nodeName, NodeType nodeType, boolean nodeActive,
                            int onHand, int reserved, int safetyStock) {
    /** On hand less reserved less safety stock, never below zero: what the router may still promise. */
    public int available() {
        return Math.max(0, onHand - reserved - safetyStock);
    }
}
