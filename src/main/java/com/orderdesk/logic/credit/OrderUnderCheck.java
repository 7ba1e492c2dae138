package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.util.Objects;

/** The order being saved or amended, at its full current value (tax and freight included). */
public record OrderUnderCheck(long orderId, String orderNumber, Money value) {
    public OrderUnderCheck {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(value, "value");
        if (value.isNegative()) {
            throw new IllegalArgumentException("Order " + orderNumber + " has a negative value " + value + ".");
        }
    }
}
