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
                         List<OrderLineDraft> lines, DeliveryChoice delivery) {
    public OrderDraft {
        lines = List.copyOf(lines);
    }

    /** A draft without a delivery choice: the plan meets {@code requestedDate} at the least cost. */
    public OrderDraft(Long orderId, Long expectedVersion, Long customerId, Long shipToId,
                      OrderChannel channel, String customerPo, LocalDate requestedDate, String notes,
                      List<OrderLineDraft> lines) {
        this(orderId, expectedVersion, customerId, shipToId, channel, customerPo, requestedDate, notes, lines, null);
    }

    /**
     * The way to deliver the clerk picked at order entry: the plan is to arrive by {@code deliverBy}
     * (that way's promised date, on or before the requested date); {@code description} is kept
     * with the order, for example "Overnight from DC-ATL"; {@code quotedCost} is what the quote
     * said that way costs (null when not known), kept in the save's audit entry.
     */
    public record DeliveryChoice(LocalDate deliverBy, String description, java.math.BigDecimal quotedCost) {
        /** A choice known by its date and description only (a stored order's, whose quote is gone). */
        public DeliveryChoice(LocalDate deliverBy, String description) {
            this(deliverBy, description, null);
        }

        /** The same way to deliver (date and services), whatever cost each quote gave it. */
        public boolean sameWay(DeliveryChoice other) {
            return other != null && java.util.Objects.equals(deliverBy, other.deliverBy)
                    && java.util.Objects.equals(description, other.description);
        }
    }

    public boolean isNew() {
        return orderId == null;
    }
}
