package com.orderdesk.application.capture;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import java.time.Instant;

/**
 * One line of the order inbox: a draft found in a message ({@code source} is the file name, with
 * "#2" for the second order of an interchange), what was read, why a person is needed and the
 * order it became. {@code total} is the order's total (with tax, as it stands now) once the message became
 * an order, else the draft's lines priced; null when no line could be priced.
 */
public record InboxRow(long itemId, long messageId, int draftIndex, Instant receivedAt, String fileName, String source,
                       OrderChannel channel, InboxStatus status, String customerNo, String poNumber, Money total,
                       String reasons, Long orderId, String orderNo) {
}
