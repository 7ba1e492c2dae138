package com.orderdesk.logic.cash.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.cash.intake.BankFileReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EDI.Net's public 820 (MIT; samples/bank/SOURCES.md) matched against its own invoices. X12 says
 * RMR04 is the amount paid, RMR05 the invoice's amount before terms discount, RMR06 the discount
 * taken (e.g. stedi.com/edi/x12-008030/segment/RMR), and an ADX under an RMR adjusts that open item:
 * the sample's first line is 4650.41 - 97.90 discount - 143.76 adjustment = 4408.75 paid, and the
 * cheque (21298.97) is the sum of the RMR04s. So the adjustment is already netted in what was paid:
 * read as a line of its own it was counted a second time.
 */
class Remittance820MatchingTest {
    @Test
    void anAdjustmentUnderAnInvoiceIsOneDeductionAndEveryInvoiceOfTheChequeIsSettled() throws Exception {
        Payment p;
        try (InputStream in = getClass().getResourceAsStream("/samples/bank/x12/edinet-x12.820.issue140.edi")) {
            p = BankFileReader.read("x12.820.edi", in.readAllBytes()).payments().get(0).payment();
        }
        Fixture book = Fixture.book().customer("M1", "Mart Inc.", null)
                .invoice("26801", "M1", 40, "4650.41").invoice("26927", "M1", 40, "4753.92").invoice("26935", "M1", 40, "4508.02")
                .invoice("27009", "M1", 40, "2323.53").invoice("27018", "M1", 40, "2323.53").invoice("27028", "M1", 40, "1290.85")
                .invoice("27029", "M1", 40, "2049.72");
        book.payments.add(new Payment("820", Fixture.TODAY, p.amount(), p.currency(), p.payerName(), p.payerAccount(), p.reference()));
        List<Application> rows = Fixture.rowsOf(book.match(), "820");

        assertThat(rows).extracting(Application::invoiceNo)
                .containsExactlyInAnyOrder("26801", "26927", "26935", "27009", "27018", "27028", "27029");
        Application first = rows.stream().filter(a -> "26801".equals(a.invoiceNo())).findFirst().orElseThrow();
        assertThat(first.appliedAmount()).as("RMR04, once").isEqualByComparingTo("4408.75");
        assertThat(first.discountAmount().add(first.deductionAmount())).as("the discount and the ADX, each once")
                .isEqualByComparingTo("241.66");
        for (Application a : rows) {
            BigDecimal settled = a.appliedAmount().add(a.discountAmount()).add(a.deductionAmount());
            assertThat(a.deductionAmount().add(a.discountAmount()).signum()).as(a.invoiceNo() + " paid short, and said why")
                    .isPositive();
            assertThat(settled).as(a.invoiceNo() + " settled, nothing left open").isEqualByComparingTo(
                    book.items.stream().filter(i -> i.invoiceNo().equals(a.invoiceNo())).findFirst().orElseThrow().openAmount());
        }
    }

    /**
     * The same cheque without its one ADX (made from EDI.Net's file: the ADX replaced by a DTM so the
     * set's count stands; 26801 then pays 4552.51, the cheque 21442.73). Each RMR06 is the payer's
     * statement that a discount was taken (X12: RMR06 discount amount taken); the book grants none
     * (its invoices have no discount terms), so each is an unearned discount, a deduction, as free
     * text saying "less 2% discount" is (MatchingRulesTest). Before, RMR06 counted only when another
     * line stated a deduction: without the ADX the seven invoices were paid partially, left open by
     * their discounts, with nothing said why.
     */
    @Test
    void eachDiscountTakenThatTheBookDoesNotGrantIsADeductionWithOrWithoutAnAdjustmentElsewhere() throws Exception {
        String sample;
        try (InputStream in = getClass().getResourceAsStream("/samples/bank/x12/edinet-x12.820.issue140.edi")) {
            sample = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
        String noAdjustment = sample.replace("ADX*-143.76*59*CM*26801", "DTM*097*20190904")
                .replace("RMR*IV*26801*PO*4408.75*", "RMR*IV*26801*PO*4552.51*").replace("BPR*I*21298.97*", "BPR*I*21442.73*");
        Payment p = BankFileReader.read("x12.820.edi", noAdjustment.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .payments().get(0).payment();
        Fixture book = Fixture.book().customer("M1", "Mart Inc.", null)
                .invoice("26801", "M1", 40, "4650.41").invoice("26927", "M1", 40, "4753.92").invoice("26935", "M1", 40, "4508.02")
                .invoice("27009", "M1", 40, "2323.53").invoice("27018", "M1", 40, "2323.53").invoice("27028", "M1", 40, "1290.85")
                .invoice("27029", "M1", 40, "2049.72");
        book.payments.add(new Payment("820", Fixture.TODAY, p.amount(), p.currency(), p.payerName(), p.payerAccount(), p.reference()));
        List<Application> rows = Fixture.rowsOf(book.match(), "820");

        assertThat(rows).hasSize(7);
        Application first = rows.stream().filter(a -> "26801".equals(a.invoiceNo())).findFirst().orElseThrow();
        assertThat(first.appliedAmount()).isEqualByComparingTo("4552.51");
        assertThat(first.deductionAmount()).as("RMR06, not granted").isEqualByComparingTo("97.90");
        for (Application a : rows) {
            assertThat(a.discountAmount()).as(a.invoiceNo() + ": the book grants no discount").isZero();
            assertThat(a.appliedAmount().add(a.deductionAmount())).as(a.invoiceNo() + " settled, nothing left open").isEqualByComparingTo(
                    book.items.stream().filter(i -> i.invoiceNo().equals(a.invoiceNo())).findFirst().orElseThrow().openAmount());
        }
    }
}
