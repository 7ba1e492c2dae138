package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.util.Objects;

/** An order of the customer that was entered but is not yet (fully) invoiced, at its uninvoiced value. */
public record OpenOrder(long orderId, String orderNumber, Money uninvoicedValue) {
    public OpenOrder {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(uninvoicedValue, "uninvoicedValue");
    }
}
