package com.orderdesk.logic.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceCalculatorTest {
    private final InvoiceCalculator calc = new InvoiceCalculator();
    private static final TaxJurisdiction STATE = new TaxJurisdiction("TX", "Texas", new BigDecimal("6.25"));
    private static final TaxJurisdiction CITY = new TaxJurisdiction("TX-AUS", "Austin", new BigDecimal("1"));
    private static final TaxJurisdiction TRANSIT = new TaxJurisdiction("TX-CMTA", "Capital Metro", new BigDecimal("1"));

    static InvoiceLineInput line(int no, String qty, String price, String disc, boolean taxable) {
        return new InvoiceLineInput(no, "SKU-" + no, "Item " + no, new BigDecimal(qty), "EA",
                new BigDecimal(price), new BigDecimal(disc), taxable);
    }

    @Test
    void linesRoundHalfUpOnceAfterDiscount() {
        PricedLine p = InvoiceCalculator.price(line(1, "3", "0.125", "0", true));
        assertThat(p.gross()).isEqualTo(Money.of("0.38")); // 0.375 -> 0.38
        assertThat(p.net()).isEqualTo(Money.of("0.38"));

        // 7 x 19.99 = 139.93; less 12.5 % = 122.43875 -> 122.44; the discount is the difference
        PricedLine d = InvoiceCalculator.price(line(2, "7", "19.99", "12.5", true));
        assertThat(d.gross()).isEqualTo(Money.of("139.93"));
        assertThat(d.net()).isEqualTo(Money.of("122.44"));
        assertThat(d.discount()).isEqualTo(Money.of("17.49"));
        assertThat(d.gross().minus(d.discount())).isEqualTo(d.net());

        // 1 x 10.05 less 5 % = 9.5475 -> 9.55 ; half-up at exactly .xx5: 1 x 0.05 less 50 % = 0.025 -> 0.03
        assertThat(InvoiceCalculator.price(line(3, "1", "10.05", "5", false)).net()).isEqualTo(Money.of("9.55"));
        assertThat(InvoiceCalculator.price(line(4, "1", "0.05", "50", false)).net()).isEqualTo(Money.of("0.03"));
    }

    @Test
    void totalsWithTaxPerJurisdictionAndFreight() {
        InvoiceTotals t = calc.compute(List.of(
                        line(1, "10", "12.50", "0", true),     // 125.00
                        line(2, "3", "19.99", "10", true),     // 59.97 - 10 % = 53.973 -> 53.97
                        line(3, "2", "40.00", "0", false)),    // 80.00 exempt
                List.of(STATE, CITY), Money.of("15.00"), false);
        assertThat(t.subtotal()).isEqualTo(Money.of("258.97"));
        assertThat(t.discounts()).isEqualTo(Money.of("6.00"));
        assertThat(t.taxes()).extracting(TaxAmount::base).containsOnly(Money.of("178.97"));
        // 178.97 x 6.25 % = 11.185625 -> 11.19 ; 178.97 x 1 % = 1.7897 -> 1.79
        assertThat(t.taxes()).extracting(TaxAmount::tax).containsExactly(Money.of("11.19"), Money.of("1.79"));
        assertThat(t.taxTotal()).isEqualTo(Money.of("12.98"));
        assertThat(t.grandTotal()).isEqualTo(Money.of("286.95"));
    }

    @Test
    void taxIsRoundedPerJurisdictionNotPerLine() {
        // seven lines of 0.50 at 1 %: per line 0.005 -> 0.01 each would give 0.07;
        // per jurisdiction 3.50 x 1 % = 0.035 -> 0.04, which is the rule
        List<InvoiceLineInput> lines = java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(i -> line(i, "1", "0.50", "0", true)).toList();
        InvoiceTotals t = calc.compute(lines, List.of(CITY, TRANSIT), Money.ZERO, false);
        assertThat(t.taxes()).extracting(TaxAmount::tax).containsExactly(Money.of("0.04"), Money.of("0.04"));
        assertThat(t.taxTotal()).isEqualTo(Money.of("0.08"));
        assertThat(t.grandTotal()).isEqualTo(Money.of("3.58"));
    }

    @Test
    void taxableFreightJoinsTheBase() {
        InvoiceTotals t = calc.compute(List.of(line(1, "1", "100", "0", true)), List.of(STATE),
                Money.of("20.00"), true);
        assertThat(t.taxes().get(0).base()).isEqualTo(Money.of("120.00"));
        assertThat(t.taxTotal()).isEqualTo(Money.of("7.50"));
        assertThat(t.grandTotal()).isEqualTo(Money.of("127.50"));
    }

    @Test
    void noJurisdictionsMeansNoTax() {
        InvoiceTotals t = calc.compute(List.of(line(1, "2", "5", "0", true)), List.of(), null, false);
        assertThat(t.taxes()).isEmpty();
        assertThat(t.grandTotal()).isEqualTo(Money.of("10.00"));
    }

    @Test
    void badInputIsRefusedWithTheLine() {
        assertThatThrownBy(() -> line(4, "-1", "5", "0", true)).hasMessageContaining("line 4 (SKU-4)");
        assertThatThrownBy(() -> line(5, "1", "5", "101", true)).hasMessageContaining("line 5");
        assertThatThrownBy(() -> calc.compute(List.of(line(1, "1", "1", "0", true), line(1, "1", "1", "0", true)),
                List.of(), Money.ZERO, false)).hasMessageContaining("line number 1 appears twice");
        assertThatThrownBy(() -> calc.compute(List.of(), List.of(STATE), Money.of("-1"), false))
                .hasMessageContaining("freight");
    }

    @Test
    void jurisdictionFromAFractionRate() {
        assertThat(TaxJurisdiction.ofFraction("TX", "Texas", new BigDecimal("0.0625")).ratePercent())
                .isEqualByComparingTo("6.25");
        assertThatThrownBy(() -> TaxJurisdiction.ofFraction("XX", "Bad", new BigDecimal("1.5")))
                .hasMessageContaining("tax rate of XX");
    }
}
