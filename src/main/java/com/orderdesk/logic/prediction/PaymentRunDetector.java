package com.orderdesk.logic.prediction;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Finds a payment run in a customer's pay dates. A run shows as most payments arriving on, or a
 * few days after (cheques travel), one or two fixed days of the month, or on one weekday. A
 * customer paying on random business days puts about a quarter of its payments in any 7-day
 * window of the month and two fifths on any two weekdays, so the thresholds below sit well above
 * what chance gives even for a short history.
 */
final class PaymentRunDetector {
    static final int MIN_PAYMENTS = 8;
    static final int MIN_PAYMENTS_TWO_DAYS = 10;
    /** Days after the run date still counted as that run's payment (mail and bank float). */
    static final int FLOAT_WINDOW = 6;
    static final double MONTHLY_SHARE = 0.75;
    static final double TWO_DAY_SHARE = 0.78;
    static final double WEEKLY_SHARE = 0.85;

    /**
     * A run and, per payment, the run it was paid in (or -1 when paid off the run).
     *
     * @param share      weighted share of the payments made in the run
     * @param meanOffset mean days from run date to payment, over those payments
     */
    record Detection(PaymentRun run, long[] runOfPayment, double share, double meanOffset) {
        static Detection none(int n) {
            long[] runs = new long[n];
            java.util.Arrays.fill(runs, -1);
            return new Detection(PaymentRun.NONE, runs, 0, 0);
        }

        /**
         * Ranks candidate runs: the share they explain, less a little per day of float, so that of
         * two runs explaining the same payments the one closest before them (the real run date,
         * not a day up to a week earlier) wins.
         */
        double score() {
            return share - 0.02 * meanOffset;
        }
    }

    private PaymentRunDetector() {
    }

    static Detection detect(long[] paid, double[] weight, int n) {
        if (n < MIN_PAYMENTS) {
            return Detection.none(n);
        }
        double total = 0;
        double[] dayOfMonth = new double[32];
        double[] dayOfWeek = new double[8];
        for (int i = 0; i < n; i++) {
            total += weight[i];
            LocalDate d = LocalDate.ofEpochDay(paid[i]);
            dayOfMonth[d.getDayOfMonth()] += weight[i];
            dayOfWeek[d.getDayOfWeek().getValue()] += weight[i];
        }
        int[] peaks = peaks(windowScores(dayOfMonth), total);
        Detection best = Detection.none(n);
        if (peaks.length > 0) {
            // The window score is flat across the days before a run (each window still holds it), so
            // try every day from just before the strongest window to its end.
            for (int d = peaks[0] - 2; d <= peaks[0] + FLOAT_WINDOW + 2; d++) {
                for (boolean toFriday : new boolean[] {false, true}) {
                    Detection x = evaluate(PaymentRun.monthly(new int[] {dayOfMonth(d)}, toFriday), paid, weight, n, total);
                    if (x.score() > best.score()) {
                        best = x;
                    }
                }
            }
        }
        if (best.share() >= MONTHLY_SHARE) {
            return best;
        }
        double[] scores = windowScores(dayOfMonth);
        if (n >= MIN_PAYMENTS_TWO_DAYS && peaks.length >= 2 && scores[peaks[0]] + scores[peaks[1]] >= TWO_DAY_SHARE * total) {
            Detection two = bestTwoDays(modes(peaks, dayOfMonth), paid, weight, n, total);
            if (two != null) {
                return two;
            }
        }
        return weekly(dayOfWeek, paid, weight, n, total);
    }

    private static int dayOfMonth(int d) {
        return d < 1 ? d + 31 : d > 31 ? d - 31 : d;
    }

    /** For each day of the month, the payments in its window: two days before (weekend moved to Friday) to the float after. */
    private static double[] windowScores(double[] dayOfMonth) {
        double[] score = new double[32];
        for (int d = 1; d <= PaymentRun.LAST_DAY; d++) {
            for (int k = -2; k <= FLOAT_WINDOW; k++) {
                score[d] += dayOfMonth[dayOfMonth(d + k)];
            }
        }
        return score;
    }

    /**
     * The best days, strongest first, each at least 8 days from a stronger one, so that a second
     * payment day in the month is not crowded out by the neighbours of the first.
     */
    private static int[] peaks(double[] score, double total) {
        int[] found = new int[4];
        int count = 0;
        boolean[] taken = new boolean[32];
        while (count < found.length) {
            int best = 0;
            for (int d = 1; d <= PaymentRun.LAST_DAY; d++) {
                if (!taken[d] && score[d] >= 0.2 * total && (best == 0 || score[d] > score[best])) {
                    best = d;
                }
            }
            if (best == 0) {
                break;
            }
            found[count++] = best;
            for (int k = -7; k <= 7; k++) {
                taken[dayOfMonth(best + k)] = true;
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** The busiest day inside each peak's window: where that run's payments actually land. */
    private static int[] modes(int[] peaks, double[] dayOfMonth) {
        int[] modes = new int[peaks.length];
        for (int i = 0; i < peaks.length; i++) {
            int best = peaks[i];
            for (int k = -2; k <= FLOAT_WINDOW; k++) {
                int d = dayOfMonth(peaks[i] + k);
                if (dayOfMonth[d] > dayOfMonth[best]) {
                    best = d;
                }
            }
            modes[i] = best;
        }
        return modes;
    }

    private static Detection bestTwoDays(int[] peaks, long[] paid, double[] weight, int n, double total) {
        Detection best = null;
        for (int a = 0; a < Math.min(2, peaks.length); a++) {
            for (int b = a + 1; b < Math.min(3, peaks.length); b++) {
                for (int da = -2; da <= 1; da++) {
                    for (int db = -2; db <= 1; db++) {
                        int d1 = dayOfMonth(peaks[a] + da);
                        int d2 = dayOfMonth(peaks[b] + db);
                        if (Math.abs(d1 - d2) < 10 || Math.abs(d1 - d2) > 21) {
                            continue;
                        }
                        for (boolean toFriday : new boolean[] {false, true}) {
                            Detection x = evaluate(PaymentRun.monthly(new int[] {d1, d2}, toFriday), paid, weight, n, total);
                            if (x.share() >= TWO_DAY_SHARE && (best == null || x.score() > best.score())
                                    && bothDaysUsed(x, d1, d2, weight, total)) {
                                best = x;
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    private static boolean bothDaysUsed(Detection x, int d1, int d2, double[] weight, double total) {
        double first = 0;
        double second = 0;
        for (int i = 0; i < x.runOfPayment().length; i++) {
            long run = x.runOfPayment()[i];
            if (run < 0) {
                continue;
            }
            int dom = LocalDate.ofEpochDay(run).getDayOfMonth();
            if (Math.abs(dom - Math.min(d1, d2)) < Math.abs(dom - Math.max(d1, d2))) {
                first += weight[i];
            } else {
                second += weight[i];
            }
        }
        return first >= 0.2 * total && second >= 0.2 * total;
    }

    private static Detection weekly(double[] dayOfWeek, long[] paid, double[] weight, int n, double total) {
        int bestDay = 0;
        double bestShare = 0;
        double bestScore = 0;
        for (int w = 1; w <= 5; w++) {
            double share = (dayOfWeek[w] + dayOfWeek[w == 5 ? 1 : w + 1]) / total;
            // Of two weekdays explaining the same payments, the run is on the one most of them fall on.
            double score = share + 0.01 * dayOfWeek[w] / total;
            if (score > bestScore) {
                bestScore = score;
                bestShare = share;
                bestDay = w;
            }
        }
        if (bestShare < WEEKLY_SHARE) {
            return Detection.none(n);
        }
        PaymentRun run = PaymentRun.weekly(DayOfWeek.of(bestDay));
        long[] runs = new long[n];
        double matched = 0;
        for (int i = 0; i < n; i++) {
            long r = run.onOrBefore(paid[i]);
            long offset = paid[i] - r;
            boolean inRun = offset <= 1 || (bestDay == 5 && offset == 3);
            runs[i] = inRun ? r : -1;
            matched += inRun ? weight[i] : 0;
        }
        return new Detection(run, runs, matched / total, 0);
    }

    private static Detection evaluate(PaymentRun run, long[] paid, double[] weight, int n, double total) {
        long[] runs = new long[n];
        double matched = 0;
        double offsets = 0;
        for (int i = 0; i < n; i++) {
            long r = run.onOrBefore(paid[i]);
            boolean inRun = paid[i] - r <= FLOAT_WINDOW;
            runs[i] = inRun ? r : -1;
            if (inRun) {
                matched += weight[i];
                offsets += weight[i] * (paid[i] - r);
            }
        }
        return new Detection(run, runs, matched / total, matched == 0 ? 0 : offsets / matched);
    }
}
