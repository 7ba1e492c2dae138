package com.orderdesk.logic.prediction;

/**
 * A customer's lateness now: {@code intercept + amountSlope * ln(amount / usual) + trend * months +
 * season[month]} days after the due date, with the residuals it left on the history.
 *
 * @param intercept        days late of a usual-sized invoice due at the as-of date
 * @param amountSlope      extra days per unit of ln(amount / the customer's median amount)
 * @param trendPerMonth    change of lateness per month (positive: getting later)
 * @param season           extra days by calendar month of the due date (0 = January)
 * @param scale            robust spread of the residuals (days)
 * @param residuals        residual distribution, compressed, weighted by recency
 * @param effectiveCount   how many observations the fit rests on, recency-weighted
 */
record LatenessModel(double intercept, double amountSlope, double trendPerMonth, double[] season, double scale,
                     WeightedValues residuals, double effectiveCount) {

    double center(double logAmount, double months, int month) {
        return intercept + amountSlope * logAmount + trendPerMonth * months + season[month];
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
