package com.orderdesk.application.capture;

import java.time.Instant;

/** The message an order was captured from, as kept in the book: its file, when it came, its text as read. */
public record OriginalMessage(String fileName, Instant receivedAt, String receivedBy, String text) {
}
