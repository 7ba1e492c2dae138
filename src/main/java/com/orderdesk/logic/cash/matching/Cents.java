package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;

/** Exact conversions between BigDecimal money and integer cents (the engine computes in cents). */
public final class Cents {
    private Cents() {
    }

    /** The amount in cents; fails when it has fractions of a cent (money here is exact to the cent). */
    public static long of(BigDecimal amount) {
        try {
            return amount.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " is not exact to the cent", e);
        }
    }

    public static BigDecimal toMoney(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
