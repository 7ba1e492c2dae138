package com.orderdesk.persistence.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.invoicing.DocumentSeries;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceLine;
import com.orderdesk.model.invoicing.TaxLine;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing invoices from shipped shipments on a real SQLite file. */
class InvoiceIssuingTest {
    @TempDir
    java.nio.file.Path dir;
    private InvoicingFixture fx;

    @BeforeEach
    void setUp() {
        fx = new InvoicingFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.book.db.close();
    }

    private Invoice invoice(String number) {
        return fx.book.db.read(s -> {
            Invoice i = s.createSelectionQuery("from Invoice i where i.number = :n", Invoice.class).setParameter("n", number)
                    .getSingleResult();
            i.lines().size();
            i.taxes().size();
            i.shipment().number();
            return i;
        });
    }

    private ShipmentStatus shipmentStatus(long id) {
        return fx.book.db.read(s -> s.find(Shipment.class, id).status());
    }

    private OrderStatus orderStatus(long id) {
        return fx.book.db.read(s -> s.find(SalesOrder.class, id).status());
    }

    @Test
    void anInvoiceBillsTheShippedQuantitiesAtTheOrdersPricesWithStateTaxAndTermsDates() {
        long order = fx.acmeOrder();
        long shipment = fx.ship(order, 10, 3);

        IssueResult result = fx.service().issueInvoices(List.of(shipment), "ar1");

        assertThat(result.failures()).isEmpty();
        assertThat(result.issued()).containsExactly("INV-010001");
        Invoice inv = invoice("INV-010001");
        assertThat(inv.lines()).extracting(l -> l.lineNo() + " " + l.sku() + " x" + l.quantity() + " @" + l.unitPrice()
                        + " -" + l.discountPct().stripTrailingZeros().toPlainString() + "% = " + l.net())
                .containsExactly("1 GLV-NIT-L x10 @10.99 -0% = 109.90", "2 TWL-ROLL-8 x3 @41.00 -12.5% = 107.63");
        assertThat(inv.subtotal()).isEqualTo(Money.of("217.53"));
        assertThat(inv.taxes()).extracting(TaxLine::code, t -> t.ratePercent().stripTrailingZeros().toPlainString(),
                        TaxLine::base, TaxLine::tax)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IL", "6.25", Money.of("217.53"), Money.of("13.60")));
        assertThat(inv.tax()).isEqualTo(Money.of("13.60"));
        assertThat(inv.total()).isEqualTo(Money.of("231.13"));
        assertThat(inv.openAmount()).isEqualTo(inv.total());
        assertThat(inv.terms()).isEqualTo("2/10 NET 30");
        assertThat(inv.issueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(inv.dueDate()).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(inv.discountUntil()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(inv.shipment().number()).isEqualTo("SH-100001");
        assertThat(inv.issuedBy()).isEqualTo("ar1");
        assertThat(inv.printCount()).isZero();
        assertThat(shipmentStatus(shipment)).isEqualTo(ShipmentStatus.INVOICED);
        assertThat(orderStatus(order)).isEqualTo(OrderStatus.INVOICED);
    }

    @Test
    void aShortShipmentBillsOnlyWhatShippedAndTheOrderIsInvoicedWithItsLastShipment() {
        long order = fx.acmeOrder();
        long first = fx.ship(order, 6, 0);
        long second = fx.ship(order, 4, 3);

        fx.service().issueInvoices(List.of(first), "ar1");
        Invoice inv = invoice("INV-010001");
        assertThat(inv.lines()).extracting(InvoiceLine::sku, InvoiceLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GLV-NIT-L", 6));
        assertThat(inv.total()).isEqualTo(Money.of("70.06")); // 65.94 + 4.12 tax
        assertThat(orderStatus(order)).isEqualTo(OrderStatus.SHIPPED);

        fx.service().issueInvoices(List.of(second), "ar1");
        assertThat(orderStatus(order)).isEqualTo(OrderStatus.INVOICED);
    }

    @Test
    void anExemptCustomerPaysNoTax() {
        long shipment = fx.ship(fx.exemptOrder(), 4);
        fx.service().issueInvoices(List.of(shipment), "ar1");
        Invoice inv = invoice("INV-010001");
        assertThat(inv.taxes()).isEmpty();
        assertThat(inv.tax()).isEqualTo(Money.ZERO);
        assertThat(inv.total()).isEqualTo(Money.of("49.96")); // 4 x 12.49 list price, no tax
    }

    @Test
    void aFailureInTheMiddleOfABatchLeavesNoGapAndNoHalfInvoice() {
        long[] shipments = new long[4];
        for (int i = 0; i < 4; i++) {
            shipments[i] = fx.ship(fx.acmeOrder(), 10, 3);
        }
        AtomicInteger calls = new AtomicInteger();
        InvoicingAsUsers failing = fx.service(number -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("disk full (injected)");
            }
        });

        IssueResult result = failing.issueInvoices(List.of(shipments[0], shipments[1], shipments[2], shipments[3]), "ar1");

        assertThat(result.issued()).containsExactly("INV-010001", "INV-010002", "INV-010003");
        assertThat(result.failures()).containsOnlyKeys("SH-100002");
        assertThat(result.failures().get("SH-100002")).contains("disk full (injected)");
        List<String> numbers = fx.book.db.read(s -> s.createSelectionQuery("select i.number from Invoice i", String.class).getResultList());
        assertThat(numbers).hasSize(3);
        assertThat(DocumentSeries.INVOICE.gaps(numbers.stream().map(n -> n.replace("INV-01", "INV-00")).toList())).isEmpty();
        long orphanLines = fx.book.db.read(s -> ((Number) s.createNativeQuery(
                "select count(*) from invoice_line l where not exists (select 1 from invoice i where i.id = l.invoice_id)", Object.class)
                .getSingleResult()).longValue());
        long lines = fx.book.db.read(s -> ((Number) s.createNativeQuery("select count(*) from invoice_line", Object.class)
                .getSingleResult()).longValue());
        assertThat(orphanLines).isZero();
        assertThat(lines).isEqualTo(6);
        assertThat(shipmentStatus(shipments[1])).isEqualTo(ShipmentStatus.SHIPPED);

        IssueResult retry = fx.service().issueInvoices(List.of(shipments[1]), "ar1");
        assertThat(retry.issued()).containsExactly("INV-010004");
        assertThat(invoice("INV-010004").shipment().number()).isEqualTo("SH-100002");
    }

    @Test
    void aShipmentIsInvoicedOnceAndTheSecondTryExplainsWhy() {
        long shipment = fx.ship(fx.acmeOrder(), 10, 3);
        fx.service().issueInvoices(List.of(shipment), "ar1");
        IssueResult again = fx.service().issueInvoices(List.of(shipment), "ar1");
        assertThat(again.issued()).isEmpty();
        assertThat(again.failures().get("SH-100001")).contains("is invoiced", "only shipped shipments are invoiced, once");
        assertThat(fx.service().shipmentsToInvoice()).isEmpty();
    }

    @Test
    void shipmentsWaitingForAnInvoiceAreListed() {
        long order = fx.acmeOrder();
        fx.ship(order, 10, 3);
        assertThat(fx.service().shipmentsToInvoice()).singleElement()
                .satisfies(s -> {
                    assertThat(s.shipmentNumber()).isEqualTo("SH-100001");
                    assertThat(s.customerName()).isEqualTo("Acme Janitorial Supply");
                    assertThat(s.lines()).isEqualTo(2);
                    assertThat(s.units()).isEqualTo(13);
                });
    }
}
