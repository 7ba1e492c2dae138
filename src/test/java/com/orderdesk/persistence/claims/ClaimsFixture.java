package com.orderdesk.persistence.claims;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.claims.ClaimUseCases;
import com.orderdesk.application.claims.ReturnsUseCases;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.PricedLine;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The test book with real invoices made by the invoicing desk from shipped orders:
 * <ul>
 *   <li>INV-010001 (Acme, ship-to Chicago): 10 gloves at the 10.99 contract price = 109.90, 3 towel
 *   cases at 41.00 less 12.5 % = 107.63, tax 6.25 % 13.60: 231.13;</li>
 *   <li>INV-010002 (Acme): 10 gloves at 12.49 although the contract price is 10.99 (invoiced at list):
 *   124.90 + 7.81 tax = 132.71; billed 10, and the shipment's confirmation later says 8 left.</li>
 * </ul>
 */
public final class ClaimsFixture {
    public final TestBook book;
    public final AppServices services;
    private int shipmentNo = 200001;

    public ClaimsFixture(Path dir) {
        this(TestBook.create(dir));
    }

    /** The same documents in a test book made elsewhere (a screen test's book for its class, for instance). */
    public ClaimsFixture(TestBook testBook) {
        book = testBook;
        services = book.services();
        long first = order(new Object[] {book.gloveId, 10, Money.of("10.99"), PriceSource.CUSTOMER, BigDecimal.ZERO},
                new Object[] {book.towelId, 3, Money.of("41.00"), PriceSource.LIST, new BigDecimal("12.5")});
        long second = order(new Object[] {book.gloveId, 10, Money.of("12.49"), PriceSource.LIST, BigDecimal.ZERO});
        long shortShipment = ship(second, new int[] {10});
        services.invoicing().issueInvoices(ar(), List.of(ship(first, new int[] {10, 3}), shortShipment));
        // after billing, the shipment's confirmation is corrected: only 8 of the 10 gloves left the dock
        book.db.write(s -> s.createNativeMutationQuery("UPDATE shipment_line SET qty_shipped = 8 WHERE shipment_id = ?")
                .setParameter(1, shortShipment).executeUpdate());
    }

    public SignedInUser ar() {
        return book.arClerk();
    }

    public SignedInUser clerk() {
        return book.clerk();
    }

    public SignedInUser manager() {
        return book.manager();
    }

    public ReturnsUseCases returns() {
        return services.returns();
    }

    public ClaimUseCases claims() {
        return services.claims();
    }

    public Invoice invoice(String number) {
        return book.db.read(s -> s.createSelectionQuery("from Invoice i where i.number = :n", Invoice.class)
                .setParameter("n", number).getSingleResult());
    }

    public ClaimCase claim(String number) {
        return book.db.read(s -> s.createSelectionQuery("from ClaimCase c where c.number = :n", ClaimCase.class)
                .setParameter("n", number).getSingleResult());
    }

    public long count(String table) {
        return book.db.read(s -> ((Number) s.createNativeQuery("SELECT count(*) FROM " + table, Object.class)
                .getSingleResult()).longValue());
    }

    /** Acme pays {@code invoice} by cheque: {@code paid}, and {@code deduction} kept with the reason code and stub note. */
    public DeskPayment payWithDeduction(String invoice, String paid, String deduction, String reasonCode, String stubNote,
                                        LocalDate received) {
        var cash = services.cash();
        DeskPayment p = cash.enterCheque(ar(), new ChequeInput("Acme Janitorial", String.valueOf(1000 + shipmentNo++),
                "021000021", "555001", new BigDecimal(paid), received,
                List.of(new ChequeInput.StubLine(invoice, new BigDecimal(paid), stubNote)), null));
        long version = cash.detail(ar(), p.id()).version();
        cash.post(ar(), new PostRequest(p.id(), version, "C-10001", List.of(new PostRequest.Line(invoice, new BigDecimal(paid),
                BigDecimal.ZERO, new BigDecimal(deduction), new BigDecimal(deduction).signum() > 0 ? reasonCode : null))));
        return p;
    }

    /** Lines are {productId, quantity, unit price, price source, discount %}: an Acme order to Chicago, released. */
    private long order(Object[]... lines) {
        return book.db.write(s -> {
            SalesOrder o = new SalesOrder(DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER),
                    s.find(Customer.class, book.acmeId), OrderChannel.PHONE, TestBook.TODAY.minusDays(10), "clerk1",
                    TestBook.CLOCK.instant());
            o.setHeader(OrderChannel.PHONE, "PO-7781", TestBook.TODAY.minusDays(7), null);
            o.shipTo(s.find(ShipToAddress.class, book.acmeShipToId));
            List<PricedLine> priced = new java.util.ArrayList<>();
            for (Object[] l : lines) {
                Product p = s.find(Product.class, (Long) l[0]);
                PricedLine pl = PricedLine.of(p.id(), p.sku(), p.description(), (Integer) l[1], (Money) l[2],
                        (PriceSource) l[3], (BigDecimal) l[4], p.taxable());
                priced.add(pl);
                o.addLine(new SalesOrderLine(p, pl.quantity(), pl.unitPrice(), pl.priceSource(), pl.discountPct(), pl.extended()));
            }
            BigDecimal rate = new BigDecimal("0.0625");
            OrderTotals totals = OrderTotals.of(priced, rate);
            o.setTotals(totals.subtotal(), totals.discount(), rate, totals.tax(), totals.total());
            o.setStatus(OrderStatus.RELEASED);
            s.persist(o);
            s.flush();
            return o.id();
        });
    }

    /** One shipment from Atlanta of {@code shipped} per order line. */
    private long ship(long orderId, int[] shipped) {
        String number = "SH-" + shipmentNo++;
        return book.db.write(s -> {
            SalesOrder order = s.find(SalesOrder.class, orderId);
            FulfillmentNode node = s.createSelectionQuery("from FulfillmentNode n where n.code = 'DC-ATL'", FulfillmentNode.class)
                    .getSingleResult();
            Shipment sh = new Shipment(number, order, node, Money.of("9.50"), 1000.0, 5, 1000, 10);
            List<SalesOrderLine> lines = order.lines();
            for (int i = 0; i < lines.size(); i++) {
                ShipmentLine line = sh.addLine(new ShipmentLine(lines.get(i), lines.get(i).product(), lines.get(i).quantity()));
                line.confirmShipped(shipped[i]);
            }
            sh.markShipped("UPS", "1Z999" + number.substring(3), TestBook.TODAY.minusDays(5), "shipper",
                    Instant.parse("2026-11-21T16:00:00Z"));
            order.setStatus(OrderStatus.SHIPPED);
            s.persist(sh);
            s.flush();
            return sh.id();
        });
    }
}
