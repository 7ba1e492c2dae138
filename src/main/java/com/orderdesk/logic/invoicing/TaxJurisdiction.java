package com.orderdesk.logic.invoicing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sales-tax authority whose rate applies to the ship-to address (state, county, city, district).
 *
 * @param ratePercent the rate in percent, e.g. 6.25
 */
public record TaxJurisdiction(String code, String name, BigDecimal ratePercent) {
    public TaxJurisdiction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ratePercent, "ratePercent");
        name = name == null || name.isBlank() ? code : name;
        if (ratePercent.signum() < 0 || ratePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("tax rate of " + code + " must be 0 to under 100 %, was " + ratePercent);
        }
    }
}
