package com.orderdesk.logic.prediction;

/**
 * The engine's few knobs.
 *
 * @param horizonWeeks     calendar weeks of the cash-in forecast; an invoice more likely than not to
 *                         stay unpaid gets the horizon's last day as its expected pay date
 * @param recencyHalfLifeMonths an observation this many months old counts half as much as today's
 */
public record PredictionSettings(int horizonWeeks, double recencyHalfLifeMonths) {
    public static final PredictionSettings DEFAULT = new PredictionSettings(13, 9);

    public PredictionSettings {
        if (horizonWeeks < 1 || horizonWeeks > 104) {
            throw new IllegalArgumentException("horizon must be 1 to 104 weeks, was " + horizonWeeks);
        }
        if (!(recencyHalfLifeMonths > 0)) {
            throw new IllegalArgumentException("recency half-life must be positive");
        }
    }
}
