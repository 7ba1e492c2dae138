package com.orderdesk.persistence.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.TestFiles;
import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credit memos through the service, and stored documents printed to PDF and read back. */
class CreditMemoAndPrintTest {
    private static final DocumentRenderer RENDERER = com.orderdesk.logic.invoicing.print.TestRenderers.demo();

    @TempDir
    Path dir;
    private InvoicingFixture fx;
    private InvoicingAsUsers service;

    @BeforeEach
    void setUp() {
        fx = new InvoicingFixture(dir);
        service = fx.service();
        service.issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3)), "ar1"); // INV-010001, 231.13
    }

    @AfterEach
    void tearDown() {
        fx.book.db.close();
    }

    private Invoice invoice() {
        return fx.book.db.read(s -> s.createSelectionQuery("from Invoice i where i.number = 'INV-010001'", Invoice.class)
                .getSingleResult());
    }

    @Test
    void aPartialCreditByLineLowersTheOpenAmountAndTakesTheNextMemoNumber() throws Exception {
        String memo = service.issueCreditMemo("INV-010001",
                new CreditRequest.ByLines(List.of(CreditRequest.LineCredit.ofQuantity(2, BigDecimal.ONE)), "One towel case damaged"),
                "ar1");

        assertThat(memo).isEqualTo("CM-001001");
        // 107.63 x 1/3 = 35.88; tax 6.25 % = 2.24 (2.2425)
        Invoice inv = invoice();
        assertThat(inv.credited()).isEqualTo(Money.of("38.12"));
        assertThat(inv.openAmount()).isEqualTo(Money.of("193.01"));
        assertThat(inv.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(inv.total()).as("an issued invoice never changes").isEqualTo(Money.of("231.13"));
    }

    @Test
    void neverMoreThanWasInvoicedAndNotYetCredited() throws Exception {
        service.issueCreditMemo("INV-010001", new CreditRequest.ByAmount(Money.of("200.00"), "Price allowance"), "ar1");

        assertThatThrownBy(() -> service.issueCreditMemo("INV-010001",
                new CreditRequest.ByAmount(Money.of("31.14"), "Goodwill"), "ar1"))
                .isInstanceOf(CreditRefusedException.class)
                .hasMessage("Cannot credit 31.14 on invoice INV-010001; 231.13 invoiced, 200.00 already credited, 31.13 left to credit.");
        assertThatThrownBy(() -> service.issueCreditMemo("INV-010001", new CreditRequest.Full(" "), "ar1"))
                .isInstanceOf(CreditRefusedException.class).hasMessageContaining("A credit memo needs a reason.");

        assertThat(service.issueCreditMemo("INV-010001", new CreditRequest.Full("Rest of the order returned"), "ar1"))
                .as("refusals used no number").isEqualTo("CM-001002");
        Invoice inv = invoice();
        assertThat(inv.status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(inv.openAmount()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> service.issueCreditMemo("INV-010001", new CreditRequest.ByAmount(Money.of("0.01"), "x"), "ar1"))
                .isInstanceOf(CreditRefusedException.class).hasMessageContaining("already fully credited");
    }

    @Test
    void theDatabaseRefusesToChangeAnIssuedInvoice() {
        for (String sql : List.of("update invoice set total_cents = 1 where invoice_no = 'INV-010001'",
                "update invoice_line set net_cents = 1", "delete from invoice_line")) {
            assertThatThrownBy(() -> fx.book.db.write(s -> s.createNativeMutationQuery(sql).executeUpdate()))
                    .as(sql).hasStackTraceContaining("an issued invoice never changes; correct it with a credit memo");
        }
        assertThat(invoice().total()).isEqualTo(Money.of("231.13"));
        fx.book.db.write(s -> s.createNativeMutationQuery(
                "update invoice set open_cents = 0, status = 'PAID' where invoice_no = 'INV-010001'").executeUpdate());
        assertThat(invoice().status()).as("the money that follows it may change").isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aStoredInvoicePrintsItsNumberLinesTaxTotalAndDueDate() throws IOException {
        InvoiceDocument doc = service.document("INV-010001");
        assertThat(doc.printRun().copy()).isFalse();
        Path pdf = RENDERER.writePdf(doc, dir.resolve("out"));

        assertThat(pdf.getFileName().toString()).isEqualTo("INV-010001.pdf");
        String text = TestFiles.pdfText(pdf);
        assertThat(text).contains("INVOICE", "INV-010001", "Acme Janitorial Supply", "SO-100001", "PO-7781", "SH-100001");
        assertThat(text).containsPattern("1\\s+GLV-NIT-L\\s+Nitrile gloves, large, box of 100\\s+10\\s+BX\\s+10.99\\s+109.90");
        assertThat(text).containsPattern("2\\s+TWL-ROLL-8\\s+Paper towel roll, 8 in x 800 ft\\s+3\\s+CS\\s+41.00\\s+12.5\\s+107.63");
        assertThat(text).containsPattern("Subtotal\\s+217.53");
        assertThat(text).containsPattern("IL sales tax 6.25% on 217.53\\s+13.60");
        assertThat(text).containsPattern("TOTAL DUE USD\\s+231.13");
        assertThat(text).contains("2/10 NET 30", "Dec 26, 2026", "Dec 6, 2026");
        assertThat(text).doesNotContain("COPY");
    }

    @Test
    void afterTheFirstPrintIsRecordedEveryPrintIsACopy() throws IOException {
        service.recordPrint("INV-010001", "ar1");
        Invoice inv = invoice();
        assertThat(inv.printedBy()).isEqualTo("ar1");
        assertThat(inv.printedAt()).isEqualTo(TestBook.CLOCK.instant());
        service.recordPrint("INV-010001", "ar2");
        assertThat(invoice().printedBy()).as("the first print is kept").isEqualTo("ar1");
        assertThat(invoice().printCount()).isEqualTo(2);

        InvoiceDocument doc = service.document("INV-010001");
        assertThat(doc.printRun().copy()).isTrue();
        String text = TestFiles.pdfText(RENDERER.writePdf(doc, dir));
        assertThat(text).contains("COPY", "Original issue date", "Nov 26, 2026");
    }

    @Test
    void aCreditMemoPrintsLikeAnInvoiceAndIsListedWithIt() throws Exception {
        String memo = service.issueCreditMemo("INV-010001",
                new CreditRequest.ByLines(List.of(CreditRequest.LineCredit.ofQuantity(1, new BigDecimal("2"))), "Two boxes returned"),
                "ar1");
        String text = TestFiles.pdfText(RENDERER.writePdf(service.document(memo), dir));
        assertThat(text).contains("CREDIT MEMO", memo, "INV-010001", "Two boxes returned");
        assertThat(text).containsPattern("1\\s+GLV-NIT-L[^\\n]*2\\s+BX\\s+10.99\\s+21.98");

        List<DocumentRow> rows = service.list(DocumentFilter.all(TestBook.TODAY));
        assertThat(rows).extracting(DocumentRow::number, DocumentRow::kind, DocumentRow::printed)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("INV-010001", DocumentKind.INVOICE, false),
                        org.assertj.core.groups.Tuple.tuple(memo, DocumentKind.CREDIT_MEMO, false));
        assertThat(service.unprintedNumbers()).containsExactly("INV-010001", memo);
        service.recordPrint(memo, "ar1");
        assertThat(service.list(new DocumentFilter(null, false, null, null, null, null, TestBook.TODAY, 100)))
                .extracting(DocumentRow::number).containsExactly("INV-010001");
        assertThat(service.list(new DocumentFilter(null, null, InvoiceStanding.OVERDUE, null, null, null,
                TestBook.TODAY.plusDays(31), 100))).extracting(DocumentRow::number).containsExactly("INV-010001");
    }

    @Test
    void aStatementListsTheCustomersOpenItemsWithCreditsNegative() throws Exception {
        String memo = service.issueCreditMemo("INV-010001", new CreditRequest.ByAmount(Money.of("31.13"), "Allowance"), "ar1");
        var statement = service.statement("C-10001", TestBook.TODAY.plusDays(40));
        assertThat(statement.items()).extracting(i -> i.documentNumber() + " " + i.open())
                .containsExactly("INV-010001 200.00");
        assertThat(statement.balance()).isEqualTo(Money.of("200.00"));
        assertThat(memo).isEqualTo("CM-001001");
        Path pdf = dir.resolve("statement.pdf");
        RENDERER.exportPdf(RENDERER.fill(statement), pdf);
        assertThat(Files.size(pdf)).isPositive();
        assertThat(TestFiles.pdfText(pdf)).contains("INV-010001", "Acme Janitorial Supply");
    }
}
