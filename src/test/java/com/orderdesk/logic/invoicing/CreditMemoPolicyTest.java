package com.orderdesk.logic.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.invoicing.CreditRequest.LineCredit;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditMemoPolicyTest {
    private final CreditMemoPolicy policy = new CreditMemoPolicy();
    private static final TaxJurisdiction STATE = new TaxJurisdiction("ST", "State", new BigDecimal("6.25"));

    /** Line 1: 10 x 12.50 taxable = 125.00; line 2: 3 x 10.00 exempt = 30.00; freight 10; tax 7.81; total 172.81. */
    private final InvoiceTotals invoice = new InvoiceCalculator().compute(List.of(
                    InvoiceCalculatorTest.line(1, "10", "12.50", "0", true),
                    InvoiceCalculatorTest.line(2, "3", "10.00", "0", false)),
            List.of(STATE), Money.of("10.00"), false);

    @Test
    void theFixtureIsWhatTheTestsAssume() {
        assertThat(invoice.taxTotal()).isEqualTo(Money.of("7.81"));
        assertThat(invoice.grandTotal()).isEqualTo(Money.of("172.81"));
    }

    @Test
    void fullCreditTakesEverythingLeftIncludingFreightAndTax() {
        CreditDecision d = policy.decide("INV-000001", invoice, PriorCredits.NONE, new CreditRequest.Full("Wrong customer"));
        assertThat(d.accepted()).isTrue();
        assertThat(d.total()).isEqualTo(Money.of("172.81"));
        assertThat(d.lines()).extracting(CreditDecision.CreditedLine::amount)
                .containsExactly(Money.of("125.00"), Money.of("30.00"));
    }

    @Test
    void partialCreditByQuantityCarriesItsTax() {
        CreditDecision d = policy.decide("INV-000001", invoice, PriorCredits.NONE, new CreditRequest.ByLines(
                List.of(LineCredit.ofQuantity(1, new BigDecimal("3"))), "Damaged in transit"));
        assertThat(d.accepted()).isTrue();
        assertThat(d.linesAmount()).isEqualTo(Money.of("37.50"));
        assertThat(d.taxes()).extracting(TaxAmount::tax).containsExactly(Money.of("2.34"));
        assertThat(d.total()).isEqualTo(Money.of("39.84"));
    }

    @Test
    void cannotCreditMoreUnitsThanAreLeftOnTheLine() {
        PriorCredits prior = new PriorCredits(Map.of(1, new PriorCredits.Credited(new BigDecimal("8"), Money.of("100.00"))),
                Money.of("106.25"));
        CreditDecision d = policy.decide("INV-000001", invoice, prior, new CreditRequest.ByLines(
                List.of(LineCredit.ofQuantity(1, new BigDecimal("3"))), "Returned"));
        assertThat(d.accepted()).isFalse();
        assertThat(d.problems()).containsExactly(
                "Line 1 (SKU-1): cannot credit 3 EA; 10 invoiced, 8 already credited, 2 left to credit.");
        assertThat(d.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void cannotCreditMoreMoneyThanIsLeftOnTheLine() {
        PriorCredits prior = new PriorCredits(Map.of(2, new PriorCredits.Credited(BigDecimal.ZERO, Money.of("20.00"))),
                Money.of("20.00"));
        CreditDecision d = policy.decide("INV-000001", invoice, prior, new CreditRequest.ByLines(
                List.of(LineCredit.ofAmount(2, Money.of("10.01"))), "Price correction"));
        assertThat(d.problems()).containsExactly(
                "Line 2 (SKU-2): cannot credit 10.01; 30.00 invoiced, 20.00 already credited, 10.00 left to credit.");
        CreditDecision ok = policy.decide("INV-000001", invoice, prior, new CreditRequest.ByLines(
                List.of(LineCredit.ofAmount(2, Money.of("10.00"))), "Price correction"));
        assertThat(ok.accepted()).isTrue();
        assertThat(ok.total()).isEqualTo(Money.of("10.00")); // exempt line: no tax
    }

    @Test
    void lumpSumIsCappedByWhatIsLeftOnTheInvoice() {
        PriorCredits prior = new PriorCredits(Map.of(), Money.of("100.00"));
        CreditDecision refused = policy.decide("INV-000001", invoice, prior,
                new CreditRequest.ByAmount(Money.of("72.82"), "Goodwill"));
        assertThat(refused.problems()).containsExactly(
                "Cannot credit 72.82 on invoice INV-000001; 172.81 invoiced, 100.00 already credited, 72.81 left to credit.");
        CreditDecision ok = policy.decide("INV-000001", invoice, prior,
                new CreditRequest.ByAmount(Money.of("72.81"), "Goodwill"));
        assertThat(ok.accepted()).isTrue();
        assertThat(ok.total()).isEqualTo(Money.of("72.81"));
    }

    @Test
    void lineCreditsWithinTheirLinesAreStillCappedByTheInvoiceTotal() {
        // a lump sum already took most of the invoice; the lines themselves still look untouched
        PriorCredits prior = new PriorCredits(Map.of(), Money.of("150.00"));
        CreditDecision d = policy.decide("INV-000001", invoice, prior, new CreditRequest.ByLines(
                List.of(LineCredit.ofQuantity(2, new BigDecimal("3"))), "Returned"));
        assertThat(d.problems()).containsExactly(
                "Cannot credit 30.00 on invoice INV-000001; 172.81 invoiced, 150.00 already credited, 22.81 left to credit.");
    }

    @Test
    void halvesOfALineAddUpToTheLineAndItsTaxToTheCent() {
        InvoiceTotals odd = new InvoiceCalculator().compute(List.of(InvoiceCalculatorTest.line(1, "2", "0.99", "0", true)),
                List.of(new TaxJurisdiction("A", "A", new BigDecimal("7.5"))), Money.ZERO, false);
        // 1.98 + tax 0.1485 -> 0.15 = 2.13; each half 0.99 + 0.07425 -> 0.07: the second half must take 1.06
        CreditDecision first = policy.decide("INV-1", odd, PriorCredits.NONE,
                new CreditRequest.ByLines(List.of(LineCredit.ofQuantity(1, BigDecimal.ONE)), "Return"));
        assertThat(first.total()).isEqualTo(Money.of("1.06"));
        PriorCredits after = new PriorCredits(Map.of(1, new PriorCredits.Credited(BigDecimal.ONE, Money.of("0.99"))),
                first.total());
        CreditDecision second = policy.decide("INV-1", odd, after,
                new CreditRequest.ByLines(List.of(LineCredit.ofQuantity(1, BigDecimal.ONE)), "Return"));
        assertThat(second.accepted()).isTrue();
        assertThat(first.total().plus(second.total())).isLessThanOrEqualTo(odd.grandTotal());
        assertThat(second.total()).isEqualTo(Money.of("1.06"));
    }

    @Test
    void explainsEveryProblemAtOnce() {
        CreditDecision d = policy.decide("INV-000001", invoice, PriorCredits.NONE, new CreditRequest.ByLines(List.of(
                LineCredit.ofQuantity(9, BigDecimal.ONE),
                new LineCredit(1, BigDecimal.ONE, Money.of("1.00")),
                LineCredit.ofQuantity(2, BigDecimal.ZERO)), " "));
        assertThat(d.problems()).containsExactly(
                "A credit memo needs a reason.",
                "Line 9 is not on invoice INV-000001.",
                "Line 1 (SKU-1): give either a quantity or an amount to credit, not both or neither.",
                "Line 2 (SKU-2): the quantity to credit must be more than zero.");
    }

    @Test
    void aFullyCreditedInvoiceTakesNoMoreCredit() {
        PriorCredits prior = new PriorCredits(Map.of(), Money.of("172.81"));
        CreditDecision d = policy.decide("INV-000001", invoice, prior, new CreditRequest.Full("again"));
        assertThat(d.problems()).containsExactly("Invoice INV-000001 is already fully credited (172.81 invoiced, 172.81 credited).");
    }
}
