package com.orderdesk.logic.prediction;

import java.time.LocalDate;

/**
 * The first day and length of every month from 1900 to 2199 as epoch days, so payment-run dates
 * are found by arithmetic: the run detector tries dozens of candidate runs per customer.
 */
final class MonthTable {
    private static final int FIRST_YEAR = 1900;
    private static final int MONTHS = 300 * 12;
    private static final long[] START = new long[MONTHS + 1];

    static {
        LocalDate d = LocalDate.of(FIRST_YEAR, 1, 1);
        for (int m = 0; m <= MONTHS; m++, d = d.plusMonths(1)) {
            START[m] = d.toEpochDay();
        }
    }

    private MonthTable() {
    }

    /** Index of the month holding an epoch day. */
    static int monthOf(long epochDay) {
        int lo = 0;
        int hi = MONTHS - 1;
        if (epochDay < START[0] || epochDay >= START[MONTHS]) {
            throw new IllegalArgumentException("date outside 1900-2199: " + LocalDate.ofEpochDay(epochDay));
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (START[mid] <= epochDay) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    static long start(int month) {
        return START[month];
    }

    static int length(int month) {
        return (int) (START[month + 1] - START[month]);
    }
}
