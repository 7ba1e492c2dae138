package com.orderdesk.logic.order;

import com.orderdesk.model.order.OrderChannel;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the clerk typed for one order, independent of the screen. {@code orderId} and
 * {@code expectedVersion} are set when amending a stored order: the save is refused if another
 * desk changed it since it was opened.
 */
public record OrderDraft(Long orderId, Long expectedVersion, Long customerId, Long shipToId,
                         OrderChannel channel, String customerPo, LocalDate requestedDate, String notes,
                         List<OrderLineDraft> lines) {
    public OrderDraft {
        lines = List.copyOf(lines);
    }

    public boolean isNew() {
        return orderId == null;
    }
}
