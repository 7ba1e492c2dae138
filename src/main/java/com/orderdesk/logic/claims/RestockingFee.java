package com.orderdesk.logic.claims;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The restocking fee kept from a return's credit: its reason's percentage of the returned units'
 * invoiced value (the line's net amount, discount taken, per unit), rounded half-up to the cent,
 * or nothing when waived. Tax is credited on what is left (the fee stays a taxable sale).
 */
public final class RestockingFee {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RestockingFee() {
    }

    /** The invoiced value of {@code units} of a line of {@code lineUnits} billed at {@code lineNet}. */
    public static Money valueOf(Money lineNet, int lineUnits, int units) {
        if (lineUnits <= 0 || units < 0 || units > lineUnits) {
            throw new IllegalArgumentException(units + " of " + lineUnits + " units");
        }
        if (units == lineUnits) {
            return lineNet;
        }
        return Money.of(lineNet.amount().multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(lineUnits),
                MathContext.DECIMAL64));
    }

    /** The fee on {@code value} at {@code percent} (0 when waived). */
    public static Money fee(Money value, BigDecimal percent, boolean waived) {
        if (waived || percent.signum() == 0) {
            return Money.ZERO;
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A restocking fee is between 0 and 100 %, not " + percent.toPlainString());
        }
        return value.times(percent.divide(HUNDRED, MathContext.DECIMAL64));
    }
}
