package com.orderdesk.persistence.claims;

import com.orderdesk.application.claims.ReturnedStock;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.InventoryItem;
import com.orderdesk.persistence.CurrentSession;
import org.hibernate.Session;

/**
 * Returned units back on the node's shelf: one conditional update of on-hand in the receipt's
 * transaction (the router reads the same row), or a new inventory row when the node never stocked
 * the product. Replace with a "return" stock movement once movements are kept per SKU and node.
 */
public final class HibernateReturnedStock implements ReturnedStock {
    @Override
    public void putBack(long nodeId, long productId, int units, String reference) {
        if (units <= 0) {
            return;
        }
        Session s = CurrentSession.get();
        s.flush();
        int updated = s.createMutationQuery("update InventoryItem i set i.onHand = i.onHand + :u, i.version = i.version + 1"
                        + " where i.node.id = :n and i.product.id = :p")
                .setParameter("u", units).setParameter("n", nodeId).setParameter("p", productId).executeUpdate();
        if (updated == 0) {
            s.persist(new InventoryItem(s.getReference(FulfillmentNode.class, nodeId), s.getReference(Product.class, productId),
                    units, 0, 0));
        }
    }
}
