package com.orderdesk.logic.capture;

import java.math.BigDecimal;

/**
 * One order line as read. {@code sku} is null when no product could be named (or, for a line in
 * doubt, the best suggestion); {@code quantity} is in the product's selling unit, null when
 * unclear; {@code unitPrice} is the price the order will carry; {@code span} locates
 * {@code text} in the draft's decoded text.
 */
public record DraftLine(String sku, Long quantity, BigDecimal unitPrice, String text, TextSpan span) {
}
