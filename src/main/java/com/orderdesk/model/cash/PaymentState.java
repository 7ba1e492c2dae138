package com.orderdesk.model.cash;

/** Where a payment stands: waiting to be applied, or its money posted (then only a reversal changes it). */
public enum PaymentState {
    OPEN, POSTED
}
