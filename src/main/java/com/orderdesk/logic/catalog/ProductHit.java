package com.orderdesk.logic.catalog;

import com.orderdesk.model.common.Money;

/** One line of the product autocomplete list, with the stock available across all nodes. */
public record ProductHit(long id, String sku, String description, String unit, Money listPrice, long available) {
    @Override
    public String toString() {
        return sku + "  " + description;
    }
}
