package com.orderdesk.logic.order;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;

/**
 * A line as the clerk typed it. {@code unitPrice} is null when the clerk kept the suggested price
 * (customer contract price, else list price); a value is a manual override.
 */
public record OrderLineDraft(Long productId, String sku, int quantity, Money unitPrice, BigDecimal discountPct) {
    public OrderLineDraft {
        discountPct = discountPct == null ? BigDecimal.ZERO : discountPct;
    }
}
