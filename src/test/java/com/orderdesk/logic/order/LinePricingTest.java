package com.orderdesk.logic.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.PriceSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinePricingTest {
    @Test
    void extendedIsRoundedOnceHalfUpAfterTheDiscount() {
        // 3 x 41.00 x 0.875 = 107.625 -> 107.63 (half-up)
        assertThat(LinePricing.extended(3, Money.of("41.00"), new BigDecimal("12.5"))).isEqualTo(Money.of("107.63"));
        // 7 x 0.33 x 0.85 = 1.9635 -> 1.96
        assertThat(LinePricing.extended(7, Money.of("0.33"), new BigDecimal("15"))).isEqualTo(Money.of("1.96"));
        assertThat(LinePricing.extended(2, Money.of("19.99"), BigDecimal.ZERO)).isEqualTo(Money.of("39.98"));
        assertThat(LinePricing.extended(5, Money.of("10.00"), new BigDecimal("100"))).isEqualTo(Money.ZERO);
    }

    @Test
    void lineDiscountIsGrossMinusExtendedSoAmountsAddUp() {
        PricedLine line = PricedLine.of(1, "A", "a", 3, Money.of("41.00"), PriceSource.LIST, new BigDecimal("12.5"), true);
        assertThat(line.gross()).isEqualTo(Money.of("123.00"));
        assertThat(line.discount()).isEqualTo(Money.of("15.37"));
        assertThat(line.gross().minus(line.discount())).isEqualTo(line.extended());
    }

    @Test
    void totalsTaxOnlyTaxableLinesOncePerOrder() {
        List<PricedLine> lines = List.of(
                PricedLine.of(1, "A", "a", 1, Money.of("0.05"), PriceSource.LIST, BigDecimal.ZERO, true),
                PricedLine.of(2, "B", "b", 1, Money.of("0.05"), PriceSource.LIST, BigDecimal.ZERO, true),
                PricedLine.of(3, "C", "c", 1, Money.of("100.00"), PriceSource.LIST, BigDecimal.ZERO, false));
        OrderTotals t = OrderTotals.of(lines, new BigDecimal("0.0725"));
        // taxed per line would be 0.00 + 0.00; on the taxable sum 0.10 x 7.25 % = 0.00725 -> 0.01
        assertThat(t.taxableSubtotal()).isEqualTo(Money.of("0.10"));
        assertThat(t.tax()).isEqualTo(Money.of("0.01"));
        assertThat(t.subtotal()).isEqualTo(Money.of("100.10"));
        assertThat(t.total()).isEqualTo(Money.of("100.11"));
    }

    @Test
    void priceComesFromOverrideThenContractThenList() {
        assertThat(PriceResolver.resolve(Money.of("5"), Optional.of(Money.of("6")), Money.of("7")))
                .isEqualTo(new PriceResolver.ResolvedPrice(Money.of("5"), PriceSource.OVERRIDE));
        assertThat(PriceResolver.resolve(null, Optional.of(Money.of("6")), Money.of("7")))
                .isEqualTo(new PriceResolver.ResolvedPrice(Money.of("6"), PriceSource.CUSTOMER));
        assertThat(PriceResolver.resolve(null, Optional.empty(), Money.of("7")))
                .isEqualTo(new PriceResolver.ResolvedPrice(Money.of("7"), PriceSource.LIST));
    }
}
