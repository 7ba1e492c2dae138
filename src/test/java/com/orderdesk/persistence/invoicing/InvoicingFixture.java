package com.orderdesk.persistence.invoicing;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.invoicing.InvoicingUseCases;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.PricedLine;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.persistence.audit.AuditLog;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import com.orderdesk.persistence.security.HibernateUserRepository;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The test book plus orders and shipped shipments, ready to invoice. */
public final class InvoicingFixture {
    public final TestBook book;
    private int shipmentNo = 100001;

    public InvoicingFixture(Path dir) {
        this(TestBook.create(dir));
    }

    /** The same orders and shipments in any test book (a PostgreSQL schema's, for instance). */
    public InvoicingFixture(TestBook testBook) {
        book = testBook;
    }

    /** The invoicing use cases with the AR clerk "ar1" acting. */
    public InvoicingAsUsers service() {
        return new InvoicingAsUsers(book, book.services().invoicing());
    }

    /** With a hook run inside each issuing transaction once its invoice is written (a failure, or a slow invoice). */
    public InvoicingAsUsers service(Consumer<String> afterInvoiceWritten) {
        AppServices s = book.services();
        return new InvoicingAsUsers(book, new InvoicingUseCases(s.unitOfWork(), accessOf(s), new HibernateInvoiceRepository(),
                new AuditLog(TestBook.CLOCK), TestBook.CLOCK,
                new com.orderdesk.application.order.OrderSettlement(new com.orderdesk.persistence.order.HibernateOrderRepository()),
                afterInvoiceWritten));
    }

    private static AccessControl accessOf(AppServices s) {
        return new AccessControl(s.authorizer(), new HibernateUserRepository(), s.unitOfWork());
    }

    /**
     * Acme (2/10 NET 30, ship-to Chicago IL at 6.25 %): 10 gloves at 10.99 (contract) and 3 towels at
     * 41.00 less 12.5 %. Written as the order desk leaves a released order, not routed: the tests
     * make its shipments themselves.
     */
    public long acmeOrder() {
        return order(book.acmeId, book.acmeShipToId, OrderChannel.PHONE, "PO-7781", new BigDecimal("0.0625"),
                new Object[] {book.gloveId, 10, Money.of("10.99"), PriceSource.CUSTOMER, BigDecimal.ZERO},
                new Object[] {book.towelId, 3, Money.of("41.00"), PriceSource.LIST, new BigDecimal("12.5")});
    }

    public long exemptOrder() {
        return order(book.exemptId, book.exemptShipToId, OrderChannel.EMAIL, null, BigDecimal.ZERO,
                new Object[] {book.gloveId, 4, Money.of("12.49"), PriceSource.LIST, BigDecimal.ZERO});
    }

    /** Lines are {productId, quantity, unit price, price source, discount %}. */
    private long order(long customerId, long shipToId, OrderChannel channel, String po, BigDecimal taxRate, Object[]... lines) {
        return book.db.write(s -> {
            SalesOrder o = new SalesOrder(DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER),
                    s.find(Customer.class, customerId), channel, TestBook.TODAY, "clerk1", TestBook.CLOCK.instant());
            o.setHeader(channel, po, TestBook.TODAY.plusDays(3), null);
            o.shipTo(s.find(ShipToAddress.class, shipToId));
            List<PricedLine> priced = new java.util.ArrayList<>();
            for (Object[] l : lines) {
                Product p = s.find(Product.class, (Long) l[0]);
                PricedLine pl = PricedLine.of(p.id(), p.sku(), p.description(), (Integer) l[1], (Money) l[2],
                        (PriceSource) l[3], (BigDecimal) l[4], p.taxable());
                priced.add(pl);
                o.addLine(new SalesOrderLine(p, pl.quantity(), pl.unitPrice(), pl.priceSource(), pl.discountPct(), pl.extended()));
            }
            OrderTotals totals = OrderTotals.of(priced, taxRate);
            o.setTotals(totals.subtotal(), totals.discount(), taxRate, totals.tax(), totals.total());
            o.setStatus(OrderStatus.RELEASED);
            s.persist(o);
            s.flush();
            return o.id();
        });
    }

    /** Ships the given quantity of each order line (in line order) from Atlanta in one shipment. */
    public long ship(long orderId, int... shipped) {
        String number = "SH-" + shipmentNo++; // the SHIPMENT series: these orders are not routed
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
