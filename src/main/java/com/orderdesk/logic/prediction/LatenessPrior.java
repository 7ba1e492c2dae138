package com.orderdesk.logic.prediction;

/**
 * What the book says before a customer's own history does: the usual lateness for its terms, how
 * many observations that is worth, how strongly amount and trend effects are held to zero until
 * the data show them, and the book-wide season.
 */
record LatenessPrior(double center, double centerWeight, double amountPenalty, double trendPenalty,
                     double seasonPenalty, double[] bookSeason) {
}
