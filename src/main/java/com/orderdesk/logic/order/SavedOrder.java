package com.orderdesk.logic.order;

import com.orderdesk.model.order.OrderStatus;

/** The result of a save: the number given, the new version to amend from, and the stored totals. */
public record SavedOrder(long id, String number, long version, OrderStatus status, OrderTotals totals, boolean created) {
}
