package com.orderdesk.logic.invoicing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sales-tax authority whose rate applies to the ship-to address (state, county, city, district).
 *
 * @param ratePercent the rate in percent, e.g. 6.25
 */
public record TaxJurisdiction(String code, String name, BigDecimal ratePercent) {
    /** From a rate given as a fraction (0.0625 for 6.25 %), as {@code logic.tax.TaxRates} gives it. */
    public static TaxJurisdiction ofFraction(String code, String name, BigDecimal fraction) {
        return new TaxJurisdiction(code, name, fraction.movePointRight(2));
    }

    public TaxJurisdiction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ratePercent, "ratePercent");
        name = name == null || name.isBlank() ? code : name;
        if (ratePercent.signum() < 0 || ratePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("tax rate of " + code + " must be 0 to under 100 %, was " + ratePercent);
        }
    }
}
