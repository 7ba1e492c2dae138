package com.orderdesk.persistence.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.claims.ReceiptResult;
import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.logic.claims.ReturnableLine;
import com.orderdesk.logic.invoicing.print.DocumentLine;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RMA -> receipt -> credit memo with the restocking fee, through the use cases on a real book. */
class ReturnsServiceTest {
    @TempDir
    Path dir;
    private ClaimsFixture f;

    @BeforeEach
    void setUp() {
        f = new ClaimsFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.book.db.close();
    }

    private int onHand(String node, long productId) {
        return f.book.db.read(s -> ((Number) s.createNativeQuery("SELECT i.on_hand FROM inventory i JOIN fulfillment_node n"
                + " ON n.id = i.node_id WHERE n.code = ? AND i.product_id = ?", Object.class).setParameter(1, node)
                .setParameter(2, productId).getSingleResult()).intValue());
    }

    @Test
    void theNearestNodeThatCarriesTheProductIsProposed() {
        List<ReturnableLine> lines = f.returns().returnable(f.clerk(), "inv-010001");

        assertThat(lines).extracting(ReturnableLine::sku).containsExactly("GLV-NIT-L", "TWL-ROLL-8");
        // Acme ships to Chicago: the Chicago store carries the gloves, only Atlanta the towels
        assertThat(lines.get(0).nodes().get(0).node().code()).isEqualTo("ST-CHI");
        assertThat(lines.get(1).nodes().get(0).node().code()).isEqualTo("DC-ATL");
        assertThat(lines.get(1).nodes()).extracting(c -> c.node().code() + " " + c.accepts())
                .containsExactly("DC-ATL true", "ST-CHI false");
        assertThat(lines.get(0).returnable()).isEqualTo(10);
    }

    @Test
    void anRmaIsReceivedInPartsAndEachReceiptCreditsWhatArrivedLessTheRestockingFee() throws Exception {
        String rma = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 1, 4, ReturnReason.SURPLUS, null, null,
                "Customer ordered too many"));
        assertThat(rma).isEqualTo("RMA-100001");
        ReturnRow row = f.returns().list(f.clerk()).rows().get(0);
        assertThat(row.nodeCode()).isEqualTo("ST-CHI");
        assertThat(row.feePercent()).isEqualByComparingTo("15");
        int before = onHand("ST-CHI", f.book.gloveId);

        ReceiptResult first = f.returns().receive(f.clerk(), row.id(), row.version(), 2, 1, "one box crushed");

        // 3 of the 10 gloves at 109.90 = 32.97; fee 15% = 4.95 (4.9455); credit 28.02 + 6.25 % tax 1.75 = 29.77
        assertThat(first.fee()).isEqualTo(Money.of("4.95"));
        assertThat(first.credit()).isEqualTo(Money.of("29.77"));
        assertThat(first.creditMemoNumber()).isEqualTo("CM-001001");
        assertThat(first.status()).isEqualTo(ReturnStatus.PARTLY_RECEIVED);
        assertThat(onHand("ST-CHI", f.book.gloveId)).as("good units back in stock, at once").isEqualTo(before + 2);
        Invoice inv = f.invoice("INV-010001");
        assertThat(inv.openAmount()).isEqualTo(Money.of("201.36"));
        assertThat(inv.credited()).isEqualTo(Money.of("29.77"));
        CreditMemo memo = f.book.db.read(s -> s.createSelectionQuery("from CreditMemo m join fetch m.lines where m.number = 'CM-001001'",
                CreditMemo.class).getSingleResult());
        assertThat(memo.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(3);
            assertThat(l.amount()).isEqualTo(Money.of("28.02"));
        });
        // the reason prints on the memo: its amount in the house form of paper (ux.md); it read "15% = 4.95 kept"
        assertThat(memo.reason()).contains("RMA-100001", "restocking fee 15% = USD 4.95 kept");

        ReturnRow again = f.returns().list(f.clerk()).rows().get(0);
        assertThatThrownBy(() -> f.returns().receive(f.clerk(), again.id(), again.version(), 2, 0, null))
                .hasMessageContaining("expects 1 more");
        ReceiptResult last = f.returns().receive(f.clerk(), again.id(), again.version(), 1, 0, null);
        assertThat(last.status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(last.creditMemoNumber()).isEqualTo("CM-001002");

        // the customer's statement shows what is left of the invoice after both credits
        StatementDocument st = f.services.invoicing().statement(f.ar(), "C-10001", TestBook.TODAY);
        assertThat(st.items()).filteredOn(i -> i.documentNumber().equals("INV-010001")).singleElement()
                .satisfies(i -> assertThat(i.open()).isEqualTo(f.invoice("INV-010001").openAmount()));
        assertThat(f.invoice("INV-010001").openAmount()).isEqualTo(Money.of("231.13").minus(first.credit()).minus(last.credit()));
    }

    /**
     * Tour12: a return's memo read "1 CS at 54.00 ... 48.60", its fee only in the reason's text. The returned units
     * print at their price and the fee as a line of its own, and the lines add up to the subtotal, as the book's
     * memo lines add up to its lines amount and its total is what the invoice lost.
     */
    @Test
    void theMemoShowsTheReturnedUnitsAtTheirPriceAndTheFeeAsALineAndTheLinesAddUp() {
        f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 1, 4, ReturnReason.SURPLUS, null, null, null));
        ReturnRow row = f.returns().list(f.clerk()).rows().get(0);
        ReceiptResult receipt = f.returns().receive(f.clerk(), row.id(), row.version(), 2, 1, null);

        InvoiceDocument doc = f.services.invoicing().document(f.ar(), receipt.creditMemoNumber());
        assertThat(doc.lines()).hasSize(2);
        DocumentLine units = doc.lines().get(0);
        assertThat(units.sku()).isEqualTo("GLV-NIT-L");
        assertThat(units.quantity()).isEqualByComparingTo("3");
        assertThat(units.amount()).as("3 of the 10 billed at 109.90").isEqualTo(Money.of("32.97"));
        DocumentLine fee = doc.lines().get(1);
        assertThat(fee.description()).startsWith("Restocking fee 15%");
        assertThat(fee.amount()).isEqualTo(Money.of("-4.95"));
        assertThat(fee.quantity()).isNull();
        assertThat(fee.unitPrice()).isNull();
        Money lines = doc.lines().stream().map(DocumentLine::amount).reduce(Money.ZERO, Money::plus);
        assertThat(lines).as("the printed lines add up to the subtotal").isEqualTo(doc.totals().subtotal()).isEqualTo(Money.of("28.02"));
        assertThat(doc.totals().subtotal().plus(doc.totals().taxTotal())).isEqualTo(doc.totals().total()).isEqualTo(receipt.credit());

        CreditMemo memo = f.book.db.read(s -> s.createSelectionQuery("from CreditMemo m join fetch m.lines where m.number = ?1",
                CreditMemo.class).setParameter(1, receipt.creditMemoNumber()).getSingleResult());
        assertThat(memo.lines()).singleElement().satisfies(l -> {
            assertThat(l.amount()).as("credited, after the fee").isEqualTo(Money.of("28.02"));
            assertThat(l.withheld()).as("the fee, on the book's line").isEqualTo(Money.of("4.95"));
        });
        assertThat(memo.linesAmount()).isEqualTo(Money.of("28.02"));
        assertThat(memo.total()).isEqualTo(Money.of("29.77"));
        assertThat(f.invoice("INV-010001").openAmount()).as("the AR balance lost the memo's total")
                .isEqualTo(Money.of("231.13").minus(memo.total()));
    }

    @Test
    void neverMoreThanShippedLessAlreadyReturnedAndAWaivedFeeNeedsAReason() {
        f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 2, 2, ReturnReason.DAMAGED, null, null, null));
        assertThatThrownBy(() -> f.returns().authorize(f.clerk(),
                new ReturnRequest("INV-010001", 2, 2, ReturnReason.DAMAGED, null, null, null)))
                .hasMessage("Cannot authorize 2 CS of TWL-ROLL-8: 3 shipped and invoiced on INV-010001, 2 already returned"
                        + " or authorized, 1 left.");
        String waived = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 1, 1, ReturnReason.SURPLUS,
                "Long-standing customer, first return", null, null));
        ReturnRow row = f.returns().list(f.clerk()).rows().stream().filter(r -> r.number().equals(waived)).findFirst().orElseThrow();
        assertThat(row.feeWaived()).isTrue();
        ReceiptResult r = f.returns().receive(f.clerk(), row.id(), row.version(), 1, 0, null);
        assertThat(r.fee()).isEqualTo(Money.ZERO);
        assertThat(r.credit()).isEqualTo(Money.of("11.68")); // 10.99 + 6.25 % = 0.69
    }

    @Test
    void theRestOfAnRmaCanBeCancelledAndItsUnitsAuthorizedAgain() {
        String rma = f.returns().authorize(f.clerk(), new ReturnRequest("INV-010001", 2, 3, ReturnReason.WRONG_ITEM, null, null, null));
        ReturnRow row = f.returns().list(f.clerk()).rows().get(0);
        f.returns().cancelRest(f.clerk(), row.id(), row.version(), "Customer keeps them");
        assertThat(f.returns().list(f.clerk()).rows().get(0).status()).isEqualTo(ReturnStatus.CANCELLED);
        assertThat(f.returns().returnable(f.clerk(), "INV-010001").get(1).returnable()).isEqualTo(3);
        assertThat(rma).isEqualTo("RMA-100001");
    }
}
