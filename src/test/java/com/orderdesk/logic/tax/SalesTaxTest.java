package com.orderdesk.logic.tax;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SalesTaxTest {
    final TaxRates rates = state -> switch (state) {
        case "CA" -> new BigDecimal("0.0725");
        case "MN" -> new BigDecimal("0.06875");
        default -> throw new IllegalArgumentException(state);
    };

    @Test
    void taxRoundsHalfUpToTheCent() {
        assertThat(SalesTax.taxOn(Money.of("217.53"), new BigDecimal("0.0625"))).isEqualTo(Money.of("13.60"));
        assertThat(SalesTax.taxOn(Money.of("100.00"), new BigDecimal("0.06875"))).isEqualTo(Money.of("6.88"));
        assertThat(SalesTax.taxOn(Money.of("0.06"), new BigDecimal("0.0725"))).isEqualTo(Money.of("0.00"));
        assertThat(SalesTax.taxOn(Money.of("0.07"), new BigDecimal("0.0725"))).isEqualTo(Money.of("0.01"));
    }

    @Test
    void exemptCustomersGetARateOfZeroWhateverTheState() {
        assertThat(SalesTax.rateFor(rates, "CA", false)).isEqualByComparingTo("0.0725");
        assertThat(SalesTax.rateFor(rates, "CA", true)).isEqualByComparingTo("0");
    }
}
