package com.orderdesk.model.cash;

/**
 * How a payment reached the desk: a cheque typed in, or the kind of file it came in (every camt
 * message is CAMT). Stored by name in columns of ten characters.
 */
public enum PaymentKind {
    CHEQUE, BAI2, CAMT, CSV, BTRS, MT940, MT942, X12_820
}
