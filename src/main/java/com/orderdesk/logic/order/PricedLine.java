package com.orderdesk.logic.order;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.PriceSource;
import java.math.BigDecimal;

/** An order line with its price resolved and its amounts computed by {@link LinePricing}. */
public record PricedLine(long productId, String sku, String description, int quantity, Money unitPrice,
                         PriceSource priceSource, BigDecimal discountPct, Money gross, Money extended,
                         boolean taxable) {

    public static PricedLine of(long productId, String sku, String description, int quantity, Money unitPrice,
                                PriceSource source, BigDecimal discountPct, boolean taxable) {
        return new PricedLine(productId, sku, description, quantity, unitPrice, source, discountPct,
                LinePricing.gross(quantity, unitPrice), LinePricing.extended(quantity, unitPrice, discountPct), taxable);
    }

    public Money discount() {
        return gross.minus(extended);
    }
}
