package com.orderdesk.logic.catalog;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A product as a maintainer gives it (the form, or one row of an import file), values already
 * read as numbers; {@link ProductRules} says what is wrong with it. {@code gtin} is as typed
 * (8-14 digits, or blank); {@code active} false means discontinued.
 */
public record ProductData(String sku, String description, String unit, int caseQuantity, int weightGrams, String gtin,
                          Money listPrice, Money cost, String category, boolean taxable, boolean active) {
    public ProductData {
        sku = sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
        description = description == null ? "" : description.strip();
        unit = unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT);
        gtin = gtin == null || gtin.isBlank() ? null : gtin.strip();
        category = category == null || category.isBlank() ? null : category.strip();
    }

    /** Weight in kilograms with three decimals, as the screen and the files show it. */
    public BigDecimal weightKg() {
        return BigDecimal.valueOf(weightGrams, 3);
    }

    public ProductData withActive(boolean isActive) {
        return new ProductData(sku, description, unit, caseQuantity, weightGrams, gtin, listPrice, cost, category, taxable,
                isActive);
    }
}
