package com.orderdesk.logic.credit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the day's payment prediction says about a customer, as the collections desk stored it:
 * the amount-weighted probability that its open invoices are paid more than 30 days after their
 * due dates (or never), how many days after due the money is expected, and its habit in words.
 *
 * @param asOf             the day the prediction was made
 * @param pLate30          in [0, 1]
 * @param expectedDaysLate amount-weighted days after due of the expected pay dates; null when not stored
 * @param behaviour        "pays ~12 days late, trend worsening (+1.5 days/month)"; may be empty
 */
public record PredictedBehaviour(LocalDate asOf, double pLate30, Long expectedDaysLate, String behaviour) {
    public PredictedBehaviour {
        Objects.requireNonNull(asOf, "asOf");
        if (!(pLate30 >= 0 && pLate30 <= 1)) {
            throw new IllegalArgumentException("p_late_30 must be in [0, 1], was " + pLate30);
        }
        behaviour = behaviour == null ? "" : behaviour.strip();
    }

    /** "72%" */
    public String pLate30Percent() {
        return Math.round(100 * pLate30) + "%";
    }
}
