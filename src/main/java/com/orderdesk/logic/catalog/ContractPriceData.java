package com.orderdesk.logic.catalog;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A customer's contract price for one product from {@code validFrom} (inclusive) to
 * {@code validTo} (inclusive; null: open-ended). Customer number, SKU and valid-from are its key.
 */
public record ContractPriceData(String customerNumber, String sku, LocalDate validFrom, LocalDate validTo, Money price) {
    public ContractPriceData {
        customerNumber = customerNumber == null ? "" : customerNumber.strip().toUpperCase(Locale.ROOT);
        sku = sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }

    /** The key as a person reads it: "C-10001 GLV-NIT-L from 2026-01-01". */
    public String key() {
        return customerNumber + " " + sku + " from " + validFrom;
    }
}
