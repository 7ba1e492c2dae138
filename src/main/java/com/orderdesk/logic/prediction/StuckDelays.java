package com.orderdesk.logic.prediction;

import java.util.Arrays;

/**
 * How long invoices that went well past their customer's usual date took in the end, from the
 * whole book: the days by which each was later than its customer's usual date. An open invoice
 * already that far behind is forecast from those that were later still.
 */
final class StuckDelays {
    /** Days past the usual date from which a payment counts as having been stuck. */
    static final double STUCK_FROM = 10;
    private static final int MIN_SAMPLES = 5;

    private double[] delays = new double[64];
    private int size;
    private boolean sorted;

    void record(double daysPastUsual) {
        if (daysPastUsual < STUCK_FROM) {
            return;
        }
        if (size == delays.length) {
            delays = Arrays.copyOf(delays, size * 2);
        }
        delays[size++] = daysPastUsual;
        sorted = false;
    }

    int size() {
        return size;
    }

    /**
     * Adds to {@code target} the pay dates of an invoice {@code pastUsual} days behind its usual
     * date at {@code asOf}: the book's later delays, shifted to start from today, at most 40 of
     * them evenly spread; a week-by-week spread over two months when the book has too few.
     */
    void addConditional(OpenInvoiceForecaster target, long asOf, double pastUsual, double weight) {
        if (!sorted) {
            Arrays.sort(delays, 0, size);
            sorted = true;
        }
        int from = lowerBound(pastUsual);
        int later = size - from;
        if (later < MIN_SAMPLES) {
            for (int k = 1; k <= 8; k++) {
                target.add(BusinessDays.nextBusinessDay(asOf + 7L * k - 3), weight / 8);
            }
            return;
        }
        int points = Math.min(40, later);
        for (int k = 0; k < points; k++) {
            double d = delays[from + (int) ((k + 0.5) * later / points)];
            long day = asOf + Math.max(1, Math.round(d - pastUsual));
            target.add(BusinessDays.nextBusinessDay(day), weight / points);
        }
    }

    private int lowerBound(double value) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (delays[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
