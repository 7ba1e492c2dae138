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
    static final int MIN_PAYMENTS = 6;
    static final int MIN_PAYMENTS_TWO_DAYS = 10;
    /** Days after the run date still counted as that run's payment (mail and bank float). */
    static final int FLOAT_WINDOW = 6;
    static final double MONTHLY_SHARE = 0.70;
    static final double TWO_DAY_SHARE = 0.78;
    static final double WEEKLY_SHARE = 0.80;

    /** A run and, per payment, the run it was paid in (or -1 when paid off the run). */
    record Detection(PaymentRun run, long[] runOfPayment, double share) {
        static Detection none(int n) {
            long[] runs = new long[n];
            java.util.Arrays.fill(runs, -1);
            return new Detection(PaymentRun.NONE, runs, 0);
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
        int[] candidates = bestWindows(dayOfMonth, total);
        Detection best = Detection.none(n);
        for (int d : candidates) {
            if (d == 0) {
                continue;
            }
            for (boolean toFriday : new boolean[] {false, true}) {
                Detection x = evaluate(PaymentRun.monthly(new int[] {d}, toFriday), paid, weight, n, total);
                if (x.share() > best.share()) {
                    best = x;
                }
            }
        }
        if (best.share() >= MONTHLY_SHARE) {
            return best;
        }
        if (n >= MIN_PAYMENTS_TWO_DAYS) {
            Detection two = bestTwoDays(candidates, paid, weight, n, total);
            if (two != null) {
                return two;
            }
        }
        return weekly(dayOfWeek, paid, weight, n, total);
    }

    /** Days of the month whose 7-day window (the day and the float after it) holds the most payments. */
    private static int[] bestWindows(double[] dayOfMonth, double total) {
        int[] top = new int[6];
        double[] topScore = new double[6];
        for (int d = 1; d <= PaymentRun.LAST_DAY; d++) {
            double s = 0;
            for (int k = -1; k <= FLOAT_WINDOW; k++) {
                int day = d + k;
                day = day < 1 ? day + 31 : day > 31 ? day - 31 : day;
                s += dayOfMonth[day];
            }
            if (s < 0.2 * total) {
                continue;
            }
            for (int j = 0; j < top.length; j++) {
                if (s > topScore[j]) {
                    System.arraycopy(top, j, top, j + 1, top.length - j - 1);
                    System.arraycopy(topScore, j, topScore, j + 1, top.length - j - 1);
                    top[j] = d;
                    topScore[j] = s;
                    break;
                }
            }
        }
        return top;
    }

    private static Detection bestTwoDays(int[] candidates, long[] paid, double[] weight, int n, double total) {
        Detection best = null;
        for (int a = 0; a < candidates.length; a++) {
            for (int b = a + 1; b < candidates.length; b++) {
                int d1 = candidates[a];
                int d2 = candidates[b];
                if (d1 == 0 || d2 == 0 || Math.abs(d1 - d2) < 10 || Math.abs(d1 - d2) > 21) {
                    continue;
                }
                Detection x = evaluate(PaymentRun.monthly(new int[] {d1, d2}, false), paid, weight, n, total);
                if (x.share() >= TWO_DAY_SHARE && (best == null || x.share() > best.share())
                        && bothDaysUsed(x, d1, d2, weight, total)) {
                    best = x;
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
        for (int w = 1; w <= 5; w++) {
            double share = (dayOfWeek[w] + dayOfWeek[w == 5 ? 1 : w + 1]) / total;
            if (share > bestShare) {
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
        return new Detection(run, runs, matched / total);
    }

    private static Detection evaluate(PaymentRun run, long[] paid, double[] weight, int n, double total) {
        long[] runs = new long[n];
        double matched = 0;
        for (int i = 0; i < n; i++) {
            long r = run.onOrBefore(paid[i]);
            boolean inRun = paid[i] - r <= FLOAT_WINDOW;
            runs[i] = inRun ? r : -1;
            matched += inRun ? weight[i] : 0;
        }
        return new Detection(run, runs, matched / total);
    }
}
