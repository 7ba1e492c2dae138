package com.orderdesk.logic.catalog;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.PriceSource;

/** What a line needs once its product is chosen: the price this customer pays and what is available. */
public record LineQuote(long productId, String sku, String description, String unit, Money unitPrice,
                        PriceSource priceSource, Money listPrice, long available, boolean taxable, int weightGrams) {
}
