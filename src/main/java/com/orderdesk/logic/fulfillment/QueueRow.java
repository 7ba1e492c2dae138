package com.orderdesk.logic.fulfillment;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderStatus;
import java.time.LocalDate;

/** One order in the fulfillment queue: released or allocated, with how far routing and shipping got. */
public record QueueRow(long orderId, String orderNumber, LocalDate orderDate, String customerName, String shipToPlace,
                       OrderStatus status, RoutingStatus routing, int shipments, int backorderedUnits, Money plannedCost) {
}
