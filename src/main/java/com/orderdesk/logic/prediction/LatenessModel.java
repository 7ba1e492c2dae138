package com.orderdesk.logic.prediction;

/**
 * A customer's lateness now: {@code intercept + amountSlope * ln(amount / usual) + trend * max(months,
 * trendStart) + season[month]} days after the due date, with the residuals it left on the history.
 * A trend may start at a change point ({@code trendStart} months before the as-of date): flat
 * before it, a line after it; a trend over the whole history has {@code trendStart} = -infinity.
 *
 * @param intercept        days late of a usual-sized invoice due at the as-of date
 * @param amountSlope      extra days per unit of ln(amount / the customer's median amount)
 * @param trendPerMonth    change of lateness per month (positive: getting later)
 * @param season           extra days by calendar month of the due date (0 = January)
 * @param scale            robust spread of the residuals (days)
 * @param residuals        residual distribution, compressed, weighted by recency
 * @param effectiveCount   how many observations the fit rests on, recency-weighted
 * @param trendStart       months from the as-of date (negative) at which the trend began, or
 *                         {@link Double#NEGATIVE_INFINITY} for a trend over the whole history
 */
record LatenessModel(double intercept, double amountSlope, double trendPerMonth, double[] season, double scale,
                     WeightedValues residuals, double effectiveCount, double trendStart) {

    LatenessModel(double intercept, double amountSlope, double trendPerMonth, double[] season, double scale,
                  WeightedValues residuals, double effectiveCount) {
        this(intercept, amountSlope, trendPerMonth, season, scale, residuals, effectiveCount, Double.NEGATIVE_INFINITY);
    }

    double center(double logAmount, double months, int month) {
        return intercept + amountSlope * logAmount + trendPerMonth * Math.max(months, trendStart) + season[month];
    }

    /** Whether the trend began at a change point inside the history rather than running through all of it. */
    boolean trendBends() {
        return trendStart != Double.NEGATIVE_INFINITY;
    }

    /** The strongest season: index of the month with the largest extra days. */
    int slowestMonth() {
        int best = 0;
        for (int m = 1; m < 12; m++) {
            if (season[m] > season[best]) {
                best = m;
            }
        }
        return best;
    }
}
