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
    /** Month index of each day from 1900-01-01: a lookup is cheaper than a search, and 110,000 shorts are small. */
    private static final short[] MONTH_OF_DAY;

    static {
        LocalDate d = LocalDate.of(FIRST_YEAR, 1, 1);
        for (int m = 0; m <= MONTHS; m++, d = d.plusMonths(1)) {
            START[m] = d.toEpochDay();
        }
        MONTH_OF_DAY = new short[(int) (START[MONTHS] - START[0])];
        for (int m = 0; m < MONTHS; m++) {
            for (long day = START[m]; day < START[m + 1]; day++) {
                MONTH_OF_DAY[(int) (day - START[0])] = (short) m;
            }
        }
    }

    private MonthTable() {
    }

    /** Index of the month holding an epoch day. */
    static int monthOf(long epochDay) {
        if (epochDay < START[0] || epochDay >= START[MONTHS]) {
            throw new IllegalArgumentException("date outside 1900-2199: " + LocalDate.ofEpochDay(epochDay));
        }
        return MONTH_OF_DAY[(int) (epochDay - START[0])];
    }

    static long start(int month) {
        return START[month];
    }

    static int length(int month) {
        return (int) (START[month + 1] - START[month]);
    }
}
