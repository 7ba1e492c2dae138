package com.orderdesk.gui.order;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.SavedOrder;

/**
 * Where order entry's Ctrl+S sends the order (order entry's own use case, or the inbox's review);
 * {@code newOrderOnSamePo}: the clerk answered that an order on a PO already received is a new order.
 */
@FunctionalInterface
public interface OrderSave {
    SavedOrder save(OrderDraft draft, boolean newOrderOnSamePo);
}
