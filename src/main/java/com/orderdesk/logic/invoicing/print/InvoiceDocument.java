package com.orderdesk.logic.invoicing.print;

import com.orderdesk.logic.invoicing.PaymentSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on an invoice or credit memo, prepared by the caller (no queries in templates).
 *
 * @param issueDate        the original issue date (a copy prints it as such)
 * @param schedule         terms, due date and discount date; null on a credit memo
 * @param shipTo           may be null (then not printed)
 * @param creditedInvoice  credit memo only: the invoice it corrects
 * @param creditReason     credit memo only: why
 */
public record InvoiceDocument(DocumentKind kind, String number, LocalDate issueDate, String customerNumber,
                              AddressBlock billTo, AddressBlock shipTo, String orderNumber, String customerPo,
                              String shipmentNumber, LocalDate shipDate, PaymentSchedule schedule,
                              String creditedInvoice, String creditReason, List<DocumentLine> lines,
                              DocumentTotals totals, PrintRun printRun) {
    public InvoiceDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(printRun, "printRun");
        lines = List.copyOf(lines);
        if (kind == DocumentKind.INVOICE && schedule == null) {
            throw new IllegalArgumentException("invoice " + number + " has no payment terms");
        }
    }

    /** The same document printed again later: a copy. */
    public InvoiceDocument asCopy(LocalDate printedOn) {
        return new InvoiceDocument(kind, number, issueDate, customerNumber, billTo, shipTo, orderNumber, customerPo,
                shipmentNumber, shipDate, schedule, creditedInvoice, creditReason, lines, totals,
                PrintRun.copy(printedOn));
    }
}
