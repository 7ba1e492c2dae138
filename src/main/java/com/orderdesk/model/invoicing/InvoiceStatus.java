package com.orderdesk.model.invoicing;

/** Stored state of an invoice's money; "overdue" is derived from the due date when shown. */
public enum InvoiceStatus {
    OPEN, PARTLY_PAID, PAID, CREDITED
}
