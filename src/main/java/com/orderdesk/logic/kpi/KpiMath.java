package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The rounding rules of the figures in one place. Sums are kept in whole cents (exact), and each
 * published figure is rounded once, half-up, from its exact inputs: no intermediate value is
 * rounded, so a figure never depends on the order of the arithmetic.
 */
final class KpiMath {
    static final int MONEY_SCALE = 2;
    static final int DAYS_SCALE = 1;
    static final int RATE_SCALE = 4;
    static final int PERCENT_SCALE = 2;

    private KpiMath() {
    }

    /** Whole cents of an amount; an amount with fractions of a cent is refused (money here is exact). */
    static long cents(BigDecimal amount, String what) {
        return cents(amount, what, "", "");
    }

    /** The same, the message {@code what + id + after} built only when the amount is not whole cents (a million rows). */
    static long cents(BigDecimal amount, String what, String id, String after) {
        try {
            // Moving the point leaves a scale-0 value for the usual two-decimal amount, which
            // longValueExact returns without building a BigInteger (this runs for every row).
            return amount.scaleByPowerOfTen(MONEY_SCALE).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + id + after + ": amount " + amount.toPlainString() + " is not whole cents");
        }
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, MONEY_SCALE);
    }

    /** {@code numerator / denominator} rounded half-up to {@code scale}; null when the denominator is zero. */
    static BigDecimal quotient(BigDecimal numerator, long denominator, int scale) {
        if (denominator == 0) {
            return null;
        }
        return numerator.divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    static BigDecimal quotient(long numerator, long denominator, int scale) {
        return quotient(BigDecimal.valueOf(numerator), denominator, scale);
    }

    /** A share as a fraction with four decimals; null when there is nothing to share. */
    static BigDecimal rate(long part, long whole) {
        return quotient(part, whole, RATE_SCALE);
    }

    /**
     * Median of {@code count} whole-day values in {@code values[0..count)}, one decimal; with an
     * even count the mean of the two middle values (so x.0 or x.5). Sorts the values in place.
     */
    static BigDecimal medianDays(int[] values, int count) {
        if (count == 0) {
            return null;
        }
        Arrays.sort(values, 0, count);
        int middle = count / 2;
        long twice = count % 2 == 1 ? 2L * values[middle] : (long) values[middle - 1] + values[middle];
        return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), DAYS_SCALE, RoundingMode.HALF_UP);
    }
}
