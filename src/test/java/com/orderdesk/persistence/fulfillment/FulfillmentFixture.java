package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.order.OrderService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Released orders in the test book, and readings of stock, for the fulfillment tests. */
public final class FulfillmentFixture {
    private FulfillmentFixture() {
    }

    /** Saves an order for Acme's Chicago warehouse with {@code (productId, sku, qty)} lines and releases it. */
    public static long releasedOrder(TestBook book, Object... productSkuQty) {
        return releasedOrderTo(book, book.acmeId, book.acmeShipToId, productSkuQty);
    }

    /** As {@link #releasedOrder}, for another customer and ship-to. */
    public static long releasedOrderTo(TestBook book, long customerId, long shipToId, Object... productSkuQty) {
        List<OrderLineDraft> lines = new ArrayList<>();
        for (int i = 0; i < productSkuQty.length; i += 3) {
            lines.add(new OrderLineDraft((Long) productSkuQty[i], (String) productSkuQty[i + 1], (Integer) productSkuQty[i + 2],
                    null, BigDecimal.ZERO));
        }
        OrderService orders = new OrderService(book.db, TestBook.TAX, TestBook.CLOCK);
        long id = orders.save(new OrderDraft(null, null, customerId, shipToId, OrderChannel.PHONE, null, null, null, lines),
                "clerk").id();
        book.db.write(s -> s.createMutationQuery("update SalesOrder o set o.status = com.orderdesk.model.order.OrderStatus.RELEASED "
                + "where o.id = :id").setParameter("id", id).executeUpdate());
        return id;
    }

    /** Reserved units of a product at a node. */
    public static int reserved(Database db, String node, long productId) {
        return db.read(s -> s.createSelectionQuery("select i.reserved from InventoryItem i where i.node.code = :n and i.product.id = :p",
                Integer.class).setParameter("n", node).setParameter("p", productId).getSingleResult());
    }

    public static int onHand(Database db, String node, long productId) {
        return db.read(s -> s.createSelectionQuery("select i.onHand from InventoryItem i where i.node.code = :n and i.product.id = :p",
                Integer.class).setParameter("n", node).setParameter("p", productId).getSingleResult());
    }
}
