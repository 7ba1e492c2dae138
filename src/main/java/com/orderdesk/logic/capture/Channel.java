package com.orderdesk.logic.capture;

/** How the order arrived; the inbox stores it with the saved order. */
public enum Channel {
    EMAIL, EDI, FILE
}
