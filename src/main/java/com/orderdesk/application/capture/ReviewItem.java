package com.orderdesk.application.capture;

import com.orderdesk.logic.capture.Draft;

/** A draft to review, as the engine reads its message again: the fields, lines and the spans of their words. */
public record ReviewItem(InboxRow row, Draft draft) {
}
