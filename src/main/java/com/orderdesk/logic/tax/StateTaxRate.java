package com.orderdesk.logic.tax;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One state's sales tax figures, in percent of the sale price.
 *
 * @param state                  two-letter USPS code ("CA", "DC")
 * @param name                   the state's name
 * @param stateRatePercent       the statewide rate charged everywhere in the state, e.g. 7.25
 * @param averageLocalRatePercent the population-weighted average of local rates, where the shipped
 *                               table records it
 * @param note                   why the rate is what it is, when that is not obvious; may be empty
 */
public record StateTaxRate(String state, String name, BigDecimal stateRatePercent,
                           Optional<BigDecimal> averageLocalRatePercent, String note) {

    /** The statewide rate as a fraction, ready for {@code Money.times}: 7.25% gives 0.0725. */
    public BigDecimal stateRate() {
        return stateRatePercent.movePointLeft(2);
    }

    /** State plus average local rate in percent, where the average local rate is recorded. */
    public Optional<BigDecimal> averageCombinedRatePercent() {
        return averageLocalRatePercent.map(stateRatePercent::add);
    }
}
