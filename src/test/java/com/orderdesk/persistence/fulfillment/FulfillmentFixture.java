package com.orderdesk.persistence.fulfillment;

import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;

/** Released orders in the test book, and readings of stock, for the fulfillment tests. */
public final class FulfillmentFixture {
    private FulfillmentFixture() {
    }

    /** Saves an order for Acme's Chicago warehouse with {@code (productId, sku, qty)} lines and releases it. */
    public static long releasedOrder(TestBook book, Object... productSkuQty) {
        return releasedOrderTo(book, book.acmeId, book.acmeShipToId, productSkuQty);
    }

    /**
     * As {@link #releasedOrder}, for another customer and ship-to. The order is written as the
     * credit desk leaves it (RELEASED, not routed yet) straight into the book: saving it through
     * the order use case would route it at once.
     */
    public static long releasedOrderTo(TestBook book, long customerId, long shipToId, Object... productSkuQty) {
        return book.db.write(s -> {
            Customer customer = s.find(Customer.class, customerId);
            SalesOrder order = new SalesOrder(DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER), customer,
                    OrderChannel.PHONE, TestBook.TODAY, "clerk", TestBook.CLOCK.instant());
            order.shipTo(s.find(ShipToAddress.class, shipToId));
            Money total = Money.ZERO;
            for (int i = 0; i < productSkuQty.length; i += 3) {
                Product p = s.find(Product.class, (Long) productSkuQty[i]);
                int qty = (Integer) productSkuQty[i + 2];
                Money extended = p.listPrice().times(BigDecimal.valueOf(qty));
                order.addLine(new SalesOrderLine(p, qty, p.listPrice(), PriceSource.LIST, BigDecimal.ZERO, extended));
                total = total.plus(extended);
            }
            order.setTotals(total, Money.ZERO, BigDecimal.ZERO, Money.ZERO, total);
            order.setStatus(OrderStatus.RELEASED);
            s.persist(order);
            s.flush();
            return order.id();
        });
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
