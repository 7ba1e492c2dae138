package com.orderdesk.logic.prediction;

/**
 * What the book says before a customer's own history does: the usual lateness for its terms, how
 * many observations that is worth, how strongly amount and trend effects are held to zero until
 * the data show them, and the book-wide season. With a {@link TrendMixture} (how the book's
 * customers drift) the trend is shrunk by its posterior under that mixture instead of the fixed
 * ridge; {@code trendPenalty} then only weighs the change-point candidates against each other.
 */
record LatenessPrior(double center, double centerWeight, double amountPenalty, double trendPenalty,
                     double seasonPenalty, double[] bookSeason, TrendMixture trendMixture) {

    LatenessPrior(double center, double centerWeight, double amountPenalty, double trendPenalty,
                  double seasonPenalty, double[] bookSeason) {
        this(center, centerWeight, amountPenalty, trendPenalty, seasonPenalty, bookSeason, null);
    }
}
