package com.orderdesk.logic.tax;

import java.math.BigDecimal;

/** Sales tax rates by US state (two-letter code), as a fraction: 0.0725 for 7.25 %. */
public interface TaxRates {
    /** @throws IllegalArgumentException for a state that is not known */
    BigDecimal rateFor(String stateCode);
}
