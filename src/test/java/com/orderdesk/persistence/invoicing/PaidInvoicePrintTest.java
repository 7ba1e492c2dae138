package com.orderdesk.persistence.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.invoicing.InvoicingUseCases;
import com.orderdesk.logic.TestFiles;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.TestRenderers;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A print of an invoice paid in full keeps its figures and says it is paid, with the day the money came
 * (pdfs14: a reprint of a paid invoice still read "TOTAL DUE", as a bill).
 */
class PaidInvoicePrintTest {
    @TempDir
    Path dir;
    private CashFixture f;
    private InvoicingUseCases invoicing;

    @BeforeEach
    void open() {
        f = new CashFixture(dir);
        invoicing = f.book.services().invoicing();
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    @Test
    void anInvoicePaidInFullPrintsPaidWithTheDayItsMoneyCameUntilThePaymentIsReversed() throws IOException {
        DeskPayment cheque = f.desk.enterCheque(new ChequeInput("Acme", "1043", "021000021", "555001",
                new BigDecimal("590.00"), TestBook.TODAY.minusDays(3), List.of(), null), "ar1");
        f.desk.post(new PostRequest(cheque.id(), f.desk.detail(cheque.id()).version(), "C-10001", List.of(
                new PostRequest.Line("INV-000101", new BigDecimal("490.00"), new BigDecimal("10.00"), BigDecimal.ZERO, null),
                new PostRequest.Line("INV-000102", new BigDecimal("100.00"), BigDecimal.ZERO, BigDecimal.ZERO, null))), "ar1");
        assertThat(f.state("INV-000101")).isEqualTo("PAID 0.00");

        InvoiceDocument paid = invoicing.document(f.book.arClerk(), "INV-000101");
        assertThat(paid.printRun().paidOn()).isEqualTo(TestBook.TODAY.minusDays(3));
        String text = TestFiles.pdfText(TestRenderers.demo().writePdf(paid, dir.resolve("out")));
        assertThat(text).contains("PAID Nov 23, 2026").containsPattern("TOTAL DUE USD\\s+500.00");
        assertThat(text.replaceAll("\\s+", " ")).contains("Paid in full Nov 23, 2026. Balance due USD 0.00");
        // pdfs16: the remit-to box asked for a payment already made; it says nothing is due instead
        assertThat(text.replaceAll("\\s+", " ")).contains("Nothing is due on this invoice")
                .doesNotContain("REMIT TO", "Please quote this number", "Early payment:");

        // partly paid: money is still owed, nothing says paid
        assertThat(invoicing.document(f.book.arClerk(), "INV-000102").printRun().paidOn()).isNull();

        // the payment reversed: owed again
        f.desk.reverse(cheque.id(), f.desk.detail(cheque.id()).version(), "ar1", "posted to the wrong customer");
        InvoiceDocument owed = invoicing.document(f.book.arClerk(), "INV-000101");
        assertThat(owed.printRun().paidOn()).isNull();
        assertThat(TestFiles.pdfText(TestRenderers.demo().writePdf(owed, dir.resolve("again")))).doesNotContain("PAID", "Paid in full", "Nothing is due")
                .contains("REMIT TO", "Please quote this number");
    }
}
