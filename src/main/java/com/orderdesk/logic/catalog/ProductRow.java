package com.orderdesk.logic.catalog;

import com.orderdesk.model.common.Money;

/** One product of the product list and the maintenance form, with its stored version (optimistic locking). */
public record ProductRow(long id, String sku, String description, String unit, int caseQuantity, int weightGrams,
                         String gtin, Money listPrice, Money cost, String category, boolean taxable, boolean active,
                         long version) {
    /** As a maintainer would type it back (the file's and the form's values). */
    public ProductData data() {
        return new ProductData(sku, description, unit, caseQuantity, weightGrams, gtin, listPrice, cost, category, taxable,
                active);
    }
}
