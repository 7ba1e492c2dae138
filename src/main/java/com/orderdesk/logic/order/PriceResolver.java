package com.orderdesk.logic.order;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.PriceSource;
import java.util.Optional;

/**
 * Which unit price a line gets: the clerk's override if typed, else the customer's contract
 * price valid on the order date, else the product's list price.
 */
public final class PriceResolver {
    private PriceResolver() {
    }

    public record ResolvedPrice(Money unitPrice, PriceSource source) {
    }

    public static ResolvedPrice resolve(Money override, Optional<Money> contractPrice, Money listPrice) {
        if (override != null) {
            return new ResolvedPrice(override, PriceSource.OVERRIDE);
        }
        return contractPrice.map(p -> new ResolvedPrice(p, PriceSource.CUSTOMER))
                .orElseGet(() -> new ResolvedPrice(listPrice, PriceSource.LIST));
    }
}
