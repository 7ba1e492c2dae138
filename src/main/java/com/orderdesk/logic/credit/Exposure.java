package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.Objects;

/**
 * A customer's credit exposure, broken down as the review screen shows it:
 * open receivables + orders entered but not yet invoiced + this order.
 */
public record Exposure(Money openReceivables, Money uninvoicedOrders, Money thisOrder) {

    public Exposure {
        Objects.requireNonNull(openReceivables, "openReceivables");
        Objects.requireNonNull(uninvoicedOrders, "uninvoicedOrders");
        Objects.requireNonNull(thisOrder, "thisOrder");
    }

    public Money total() {
        return openReceivables.plus(uninvoicedOrders).plus(thisOrder);
    }

    /** Sums the input; the order under check is skipped among the open orders so it counts once. */
    public static Exposure of(List<OpenItem> openItems, List<OpenOrder> openOrders, OrderUnderCheck order) {
        Money receivables = Money.ZERO;
        for (OpenItem item : openItems) {
            receivables = receivables.plus(item.openAmount());
        }
        Money uninvoiced = Money.ZERO;
        for (OpenOrder other : openOrders) {
            if (other.orderId() != order.orderId()) {
                uninvoiced = uninvoiced.plus(other.uninvoicedValue());
            }
        }
        return new Exposure(receivables, uninvoiced, order.value());
    }

    public static Exposure of(CreditCheckInput input) {
        return of(input.openItems(), input.openOrders(), input.order());
    }
}
