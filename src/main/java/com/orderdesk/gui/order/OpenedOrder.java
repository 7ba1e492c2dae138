package com.orderdesk.gui.order;

import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.logic.order.TimelineEvent;
import java.util.List;

/** A stored order as order entry opens it: the order, its customer and its timeline, read together off the FX thread. */
record OpenedOrder(LoadedOrder order, CustomerContext customer, List<TimelineEvent> timeline) {
}
