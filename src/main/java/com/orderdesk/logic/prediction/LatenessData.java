package com.orderdesk.logic.prediction;

import java.util.Arrays;

/**
 * One customer's observations of lateness (days from due date to the moment the invoice was ready
 * to pay), as a regression sees them. Three kinds: exact (a payment off any run: the pay date is
 * the decision), interval (paid in a run: the decision fell after the run before and on or before
 * this one), and censored (still open at the as-of date: later than what has passed so far).
 */
final class LatenessData {
    static final byte EXACT = 0;
    static final byte INTERVAL = 1;
    static final byte CENSORED = 2;

    int size;
    double[] low = new double[8];
    double[] high = new double[8];
    byte[] kind = new byte[8];
    /** ln(amount / the customer's median amount), capped at +-3. */
    double[] logAmount = new double[8];
    /** Months from the as-of date to the due date (negative in the past). */
    double[] months = new double[8];
    /** Calendar month (0-11) of the due date, used for the season. */
    int[] dueMonth = new int[8];
    /** Recency weight: recent months count more. */
    double[] weight = new double[8];

    void add(byte k, double lo, double hi, double x, double t, int month, double w) {
        if (size == low.length) {
            int c = size * 2;
            low = Arrays.copyOf(low, c);
            high = Arrays.copyOf(high, c);
            kind = Arrays.copyOf(kind, c);
            logAmount = Arrays.copyOf(logAmount, c);
            months = Arrays.copyOf(months, c);
            dueMonth = Arrays.copyOf(dueMonth, c);
            weight = Arrays.copyOf(weight, c);
        }
        kind[size] = k;
        low[size] = lo;
        high[size] = hi;
        logAmount[size] = x;
        months[size] = t;
        dueMonth[size] = month;
        weight[size] = w;
        size++;
    }

    int observed() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            n += kind[i] == CENSORED ? 0 : 1;
        }
        return n;
    }
}
