package com.orderdesk.logic.credit;

import java.util.List;
import java.util.Objects;

/**
 * Everything one credit check reads, gathered by the caller in one transaction.
 *
 * @param openItems  the customer's open receivables
 * @param openOrders the customer's other entered-but-not-invoiced orders; if the order under check
 *                   is among them (same id) it is skipped, so it is never counted twice
 * @param prediction the day's stored payment prediction for the customer, or null when there is none
 */
public record CreditCheckInput(
        CustomerCreditProfile customer,
        List<OpenItem> openItems,
        List<OpenOrder> openOrders,
        OrderUnderCheck order,
        PredictedBehaviour prediction) {

    /** Without a payment prediction (the check then has nothing to say about predicted lateness). */
    public CreditCheckInput(CustomerCreditProfile customer, List<OpenItem> openItems, List<OpenOrder> openOrders,
                            OrderUnderCheck order) {
        this(customer, openItems, openOrders, order, null);
    }

    public CreditCheckInput {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(order, "order");
        openItems = List.copyOf(openItems);
        openOrders = List.copyOf(openOrders);
    }
}
