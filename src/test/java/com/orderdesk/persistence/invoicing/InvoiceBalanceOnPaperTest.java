package com.orderdesk.persistence.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.invoicing.InvoicingUseCases;
import com.orderdesk.logic.TestFiles;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.logic.invoicing.print.TestRenderers;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import com.orderdesk.reporting.DunningLetterInputs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invoice's print after money or credit came against it (pdfs16): closed by a credit memo it says so as a paid
 * one says PAID; partly paid it says what was paid and credited and what is still due; and the statement and the
 * dunning letter ask for the same balance.
 */
class InvoiceBalanceOnPaperTest {
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

    private String print(String invoice, String name) throws IOException {
        return TestFiles.pdfText(TestRenderers.demo().writePdf(invoicing.document(f.book.arClerk(), invoice), dir.resolve(name)))
                .replaceAll("\\s+", " ");
    }

    private long cheque(String number, String amount, String invoice) {
        DeskPayment cheque = f.desk.enterCheque(new ChequeInput("Acme", number, "021000021", "555001",
                new BigDecimal(amount), TestBook.TODAY.minusDays(2), List.of(), null), "ar1");
        f.desk.post(new PostRequest(cheque.id(), f.desk.detail(cheque.id()).version(), "C-10001", List.of(
                new PostRequest.Line(invoice, new BigDecimal(amount), BigDecimal.ZERO, BigDecimal.ZERO, null))), "ar1");
        return cheque.id();
    }

    @Test
    void anInvoiceClosedByACreditMemoIsStampedCreditedAndAsksForNothing() throws Exception {
        String memo = invoicing.issueCreditMemo(f.book.arClerk(), "INV-000101",
                new CreditRequest.ByAmount(Money.of("500.00"), "Whole delivery returned"));
        assertThat(f.state("INV-000101")).isEqualTo("CREDITED 0.00");

        String text = print("INV-000101", "credited");
        assertThat(text).contains("CREDITED Nov 26, 2026 (" + memo + ")").contains("TOTAL DUE USD 500.00")
                .contains("Credit memo " + memo + ", Nov 26, 2026 USD 500.00")
                .contains("Credited in full Nov 26, 2026 (" + memo + "). Balance due USD 0.00")
                .contains("Nothing is due on this invoice")
                .doesNotContain("PAID", "REMIT TO", "Please quote this number", "Early payment");
    }

    @Test
    void aPartlyPaidInvoiceSaysWhatWasPaidAndCreditedAndWhatIsStillDueAndKeepsTheRemitTo() throws Exception {
        cheque("2001", "100.00", "INV-000102");
        long reversed = cheque("2002", "40.00", "INV-000102");
        f.desk.reverse(reversed, f.desk.detail(reversed).version(), "ar1", "cheque returned unpaid");
        String memo = invoicing.issueCreditMemo(f.book.arClerk(), "INV-000102",
                new CreditRequest.ByAmount(Money.of("50.00"), "Price allowance"));
        assertThat(f.state("INV-000102")).isEqualTo("PARTLY_PAID 150.00");

        String text = print("INV-000102", "partly");
        assertThat(text).contains("TOTAL DUE USD 300.00")
                .contains("Credit memo " + memo + ", Nov 26, 2026 USD 50.00")
                .contains("Paid to date USD 100.00")
                .contains("Balance due USD 150.00")
                .contains("REMIT TO", "Please quote this number")
                .doesNotContain("PAID ", "CREDITED", "Paid in full", "Nothing is due");
        // a reversed payment counts for nothing: the paid figure is the cheque still applied
        assertThat(text).doesNotContain("USD 140.00");
    }

    @Test
    void theStatementAndTheDunningLetterAskForTheBalanceTheInvoiceSays() throws Exception {
        // INV-000101 paid in full (with its discount), INV-000201 closed by a memo, INV-000102 partly paid and credited
        DeskPayment full = f.desk.enterCheque(new ChequeInput("Acme", "3001", "021000021", "555001",
                new BigDecimal("490.00"), TestBook.TODAY.minusDays(3), List.of(), null), "ar1");
        f.desk.post(new PostRequest(full.id(), f.desk.detail(full.id()).version(), "C-10001", List.of(
                new PostRequest.Line("INV-000101", new BigDecimal("490.00"), new BigDecimal("10.00"), BigDecimal.ZERO, null))), "ar1");
        cheque("3002", "100.00", "INV-000102");
        invoicing.issueCreditMemo(f.book.arClerk(), "INV-000102", new CreditRequest.ByAmount(Money.of("50.00"), "Price allowance"));
        invoicing.issueCreditMemo(f.book.arClerk(), "INV-000201", new CreditRequest.ByAmount(Money.of("250.00"), "Returned"));
        assertThat(print("INV-000101", "paid")).contains("Balance due USD 0.00");
        assertThat(print("INV-000102", "partly")).contains("Balance due USD 150.00");
        assertThat(print("INV-000201", "credited")).contains("Balance due USD 0.00");

        StatementDocument acme = f.book.services().statements().statement(f.book.arClerk(), "C-10001", TestBook.TODAY).orElseThrow();
        String statement = TestFiles.pdfText(TestRenderers.demo().exportPdf(
                TestRenderers.demo().fill(acme), dir.resolve("statement.pdf"))).replaceAll("\\s+", " ");
        assertThat(statement).contains("INV-000102").doesNotContain("INV-000101").contains("300.00 150.00")
                .containsPattern("BALANCE DUE USD 150.00");
        assertThat(f.book.services().statements().statement(f.book.arClerk(), "C-10002", TestBook.TODAY))
                .as("the schools owe nothing: no statement").isEmpty();

        // forty days on, INV-000102 is overdue: the letter asks for its balance, not its total, and for nothing else
        List<DunningRun.Letter> letters = f.book.services().dunning().propose(f.book.arClerk(), TestBook.TODAY.plusDays(40));
        assertThat(letters).extracting(DunningRun.Letter::customerNo).containsExactly("C-10001");
        DunningRun.Letter letter = letters.get(0);
        assertThat(letter.items()).extracting(DunningRun.Item::invoiceNo).containsExactly("INV-000102");
        assertThat(letter.overdue()).isEqualTo(Money.of("150.00"));
        String dunning = TestFiles.pdfText(TestRenderers.demo().exportPdf(TestRenderers.demo().fill(
                new DunningLetterInputs(CompanyProfile.demo()).letter(letter, TestBook.TODAY.plusDays(40))), dir.resolve("letter.pdf"))).replaceAll("\\s+", " ");
        assertThat(dunning).contains("INV-000102").contains("150.00").doesNotContain("300.00", "INV-000101", "INV-000201");
    }
}
