package com.orderdesk.model.cash;

/** How a payment reached the desk. */
public enum PaymentKind {
    CHEQUE, BAI2, CAMT, CSV
}
