package com.orderdesk.logic.order;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import java.time.LocalDate;

/** One row of the orders list. */
public record OrderListRow(long id, String number, String customerNumber, String customerName, LocalDate orderDate,
                           LocalDate requestedDate, OrderStatus status, OrderChannel channel, String customerPo,
                           Money total) {
}
