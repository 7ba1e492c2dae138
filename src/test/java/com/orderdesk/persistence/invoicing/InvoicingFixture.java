package com.orderdesk.persistence.invoicing;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.order.OrderService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The test book plus orders and shipped shipments, ready to invoice. */
public final class InvoicingFixture {
    public final TestBook book;
    public final OrderService orders;
    private int shipmentNo = 100001;

    public InvoicingFixture(Path dir) {
        book = TestBook.create(dir);
        orders = new OrderService(book.db, TestBook.TAX, TestBook.CLOCK);
    }

    public InvoicingService service() {
        return new InvoicingService(book.db, TestBook.CLOCK);
    }

    InvoicingService service(Consumer<String> afterInvoiceWritten) {
        return new InvoicingService(book.db, TestBook.CLOCK, afterInvoiceWritten);
    }

    /** Acme (2/10 NET 30, ship-to Chicago IL at 6.25 %): 10 gloves at 10.99 and 3 towels at 41.00 less 12.5 %. */
    public long acmeOrder() {
        return orders.save(new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, "PO-7781",
                TestBook.TODAY.plusDays(3), null, List.of(
                        new OrderLineDraft(book.gloveId, "GLV-NIT-L", 10, null, BigDecimal.ZERO),
                        new OrderLineDraft(book.towelId, "TWL-ROLL-8", 3, null, new BigDecimal("12.5")))), "clerk1").id();
    }

    public long exemptOrder() {
        return orders.save(new OrderDraft(null, null, book.exemptId, book.exemptShipToId, OrderChannel.EMAIL, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 4, null, BigDecimal.ZERO))), "clerk1").id();
    }

    /** Ships the given quantity of each order line (in line order) from Atlanta in one shipment. */
    public long ship(long orderId, int... shipped) {
        String number = "SH-" + shipmentNo++;
        return book.db.write(s -> {
            SalesOrder order = s.find(SalesOrder.class, orderId);
            FulfillmentNode node = s.createSelectionQuery("from FulfillmentNode n where n.code = 'DC-ATL'", FulfillmentNode.class)
                    .getSingleResult();
            Shipment sh = new Shipment(number, order, node, Money.of("9.50"), 1000.0, 5, 1000, 10);
            List<SalesOrderLine> lines = order.lines();
            for (int i = 0; i < lines.size() && i < shipped.length; i++) {
                ShipmentLine line = sh.addLine(new ShipmentLine(lines.get(i), lines.get(i).product(), lines.get(i).quantity()));
                line.confirmShipped(shipped[i]);
            }
            sh.markShipped("UPS", "1Z999", TestBook.TODAY.minusDays(1), "shipper", Instant.parse("2026-11-25T16:00:00Z"));
            order.setStatus(OrderStatus.SHIPPED);
            s.persist(sh);
            s.flush();
            return sh.id();
        });
    }
}
