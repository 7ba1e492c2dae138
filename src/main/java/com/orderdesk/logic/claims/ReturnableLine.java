package com.orderdesk.logic.claims;

import com.orderdesk.model.common.Money;
import java.util.List;

/**
 * An invoice line a return may be authorized against: how many units it billed, how many are
 * already authorized on open or received returns, and the nodes that could take them (nearest
 * accepting node first: the proposal).
 */
public record ReturnableLine(String invoiceNumber, String customerNumber, String customerName, int lineNo, long productId,
                             String sku, String description, String unit, int invoiced, int alreadyAuthorized, Money net,
                             List<ReturnNodes.Choice> nodes) {
    public ReturnableLine {
        nodes = List.copyOf(nodes);
    }

    /** What may still be authorized: billed (shipped) less already returned or on its way. */
    public int returnable() {
        return Math.max(0, invoiced - alreadyAuthorized);
    }
}
