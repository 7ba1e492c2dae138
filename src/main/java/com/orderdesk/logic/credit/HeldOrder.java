package com.orderdesk.logic.credit;

import com.orderdesk.logic.security.OrderAuthorship;
import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.Objects;

/**
 * An order waiting in CREDIT_HOLD, as the review desk acts on it.
 *
 * @param enteredBy     user name of who entered it
 * @param lastChangedBy user name of who last changed it, or {@code null}
 */
public record HeldOrder(long orderId, String orderNumber, Money value, String enteredBy, String lastChangedBy,
                        List<CreditHoldReason> reasons) {
    public HeldOrder {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(enteredBy, "enteredBy");
        reasons = List.copyOf(reasons);
    }

    public OrderAuthorship authorship() {
        return new OrderAuthorship(orderNumber, enteredBy, lastChangedBy);
    }
}
