package com.orderdesk.logic.order;

import java.util.List;

/** The orders list's query (implemented by the persistence layer). */
public interface OrderSearch {
    List<OrderListRow> list(OrderFilter filter);
}
