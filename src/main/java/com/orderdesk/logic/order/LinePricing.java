package com.orderdesk.logic.order;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices one order line.
 *
 * <p>Rounding rule: the extended amount is {@code quantity x unit price x (1 - discount% / 100)},
 * computed exactly and rounded once, half-up, to the cent. The discount amount of the line is the
 * gross ({@code quantity x unit price}, exact) minus the extended amount, so line amounts always
 * add up to the order subtotal to the cent.
 */
public final class LinePricing {
    public static final BigDecimal MAX_DISCOUNT_PCT = new BigDecimal("100");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private LinePricing() {
    }

    public static Money gross(int quantity, Money unitPrice) {
        return unitPrice.times(quantity);
    }

    public static Money extended(int quantity, Money unitPrice, BigDecimal discountPct) {
        BigDecimal factor = BigDecimal.ONE.subtract(discountPct.divide(HUNDRED, 10, RoundingMode.UNNECESSARY));
        BigDecimal exact = unitPrice.amount().multiply(BigDecimal.valueOf(quantity)).multiply(factor);
        return Money.of(exact);
    }
}
