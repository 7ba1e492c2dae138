package com.orderdesk.logic.invoicing;

import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.model.common.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One invoice or credit memo in the printing list. A credit memo's standing is OPEN while part of
 * it is unused and PAID once used up; {@code reference} is the order (invoice) or the credited
 * invoice (credit memo).
 */
public record DocumentRow(DocumentKind kind, String number, String customerNumber, String customerName,
                          LocalDate issueDate, LocalDate dueDate, Money total, Money open, InvoiceStanding standing,
                          Instant printedAt, String printedBy, int printCount, String reference) {
    public boolean printed() {
        return printCount > 0;
    }
}
