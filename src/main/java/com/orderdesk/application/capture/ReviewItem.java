package com.orderdesk.application.capture;

import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.order.OrderDraft;

/**
 * A draft to review, as the engine reads its message again: the fields, lines and the spans of
 * their words ({@code draft}), and the order a clerk starts from ({@code proposal}: what the book
 * could name, with empty places where a person must decide).
 */
public record ReviewItem(InboxRow row, Draft draft, OrderDraft proposal) {
}
