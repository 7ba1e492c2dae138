package com.orderdesk.logic.prediction;

import java.time.LocalDate;

/**
 * When one open invoice is expected to be paid.
 *
 * @param expectedPayDate the single best date (the median of {@code distribution}), never before the
 *                        as-of date + 1; when the invoice is more likely than not to stay unpaid, the
 *                        last day of the forecast horizon ({@code likelyUnpaid} says so)
 * @param pLate30         probability that it is paid more than 30 days after its due date, or never
 * @param reason          a short explanation in the desk's words
 * @param likelyUnpaid    whether staying unpaid past the horizon is the likeliest outcome
 * @param distribution    the pay-date probabilities behind the estimate (for cash forecasts)
 */
public record PaymentPrediction(String invoiceNo, String customerNo, LocalDate expectedPayDate, double pLate30,
                                String reason, boolean likelyUnpaid, PayDateDistribution distribution) {
}
