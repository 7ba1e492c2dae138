package com.orderdesk.logic.invoicing;

import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.model.common.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One invoice or credit memo in the printing list. A credit memo's standing is OPEN while part of
 * it is unused and PAID once used up; {@code reference} is the order (invoice) or the credited
 * invoice (credit memo). {@code openClaim} is the dispute or deduction still open on an invoice
 * (null when none, and always for a credit memo).
 */
public record DocumentRow(DocumentKind kind, String number, String customerNumber, String customerName,
                          LocalDate issueDate, LocalDate dueDate, Money total, Money open, InvoiceStanding standing,
                          Instant printedAt, String printedBy, int printCount, String reference, OpenClaim openClaim) {
    /** A row with no open claim case. */
    public DocumentRow(DocumentKind kind, String number, String customerNumber, String customerName, LocalDate issueDate,
                       LocalDate dueDate, Money total, Money open, InvoiceStanding standing, Instant printedAt,
                       String printedBy, int printCount, String reference) {
        this(kind, number, customerNumber, customerName, issueDate, dueDate, total, open, standing, printedAt, printedBy,
                printCount, reference, null);
    }

    /** The same row carrying {@code claim} as well (the list's query finds a second open case this way). */
    public DocumentRow withClaim(OpenClaim claim) {
        OpenClaim merged = openClaim == null ? claim : claim == null ? openClaim : openClaim.and(claim);
        return new DocumentRow(kind, number, customerNumber, customerName, issueDate, dueDate, total, open, standing,
                printedAt, printedBy, printCount, reference, merged);
    }

    public boolean disputed() {
        return openClaim != null;
    }

    public boolean printed() {
        return printCount > 0;
    }
}
