package com.orderdesk.logic.claims;

import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.fulfillment.NodeType;

/**
 * A node as a return destination: where it is and whether it takes back the product.
 *
 * @param carriesProduct the node stocks the product (has an inventory row for it)
 */
public record NodeOption(long nodeId, String code, String name, NodeType type, GeoPoint point, boolean active,
                         boolean carriesProduct) {

    /** Warehouses and stores that carry the product take its returns; drop-ship suppliers take none. */
    public boolean acceptsReturns() {
        return active && type != NodeType.SUPPLIER && carriesProduct;
    }
}
