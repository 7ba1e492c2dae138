package com.orderdesk.logic.tax;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;

/**
 * Sales tax of an order. Rounding rule: tax is computed once per order (per jurisdiction) on the
 * sum of the taxable extended line amounts, {@code taxable x rate}, rounded half-up to the cent;
 * lines are not taxed one by one, which would let rounding drift by a cent per line.
 * A tax-exempt customer (with a certificate on file) pays a rate of zero.
 */
public final class SalesTax {
    private SalesTax() {
    }

    public static Money taxOn(Money taxableAmount, BigDecimal rate) {
        return taxableAmount.times(rate);
    }

    /** The rate that applies to a ship-to state for this customer: zero when exempt. */
    public static BigDecimal rateFor(TaxRates rates, String shipToState, boolean customerExempt) {
        if (customerExempt) {
            return BigDecimal.ZERO;
        }
        return rates.rateFor(shipToState);
    }
}
