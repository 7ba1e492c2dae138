package com.orderdesk.application.order;

import com.orderdesk.logic.order.OrderHistory;
import java.util.Optional;

/** Everything stored about one order's life, in the open unit of work (a port: persistence implements it). */
public interface OrderHistoryRepository {
    Optional<OrderHistory> history(long orderId);
}
