package com.orderdesk.logic.invoicing.print;

import com.orderdesk.logic.invoicing.CreditDecision;
import com.orderdesk.logic.invoicing.InvoiceTotals;
import com.orderdesk.logic.invoicing.PaymentSchedule;
import com.orderdesk.logic.invoicing.PricedLine;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** An invoice from the calculator's totals: lines and totals block follow {@code totals}. */
    public static InvoiceDocument invoice(String number, LocalDate issueDate, String customerNumber, AddressBlock billTo,
                                          AddressBlock shipTo, String orderNumber, String customerPo,
                                          String shipmentNumber, LocalDate shipDate, PaymentSchedule schedule,
                                          InvoiceTotals totals, PrintRun printRun) {
        return new InvoiceDocument(DocumentKind.INVOICE, number, issueDate, customerNumber, billTo, shipTo, orderNumber,
                customerPo, shipmentNumber, shipDate, schedule, null, null,
                totals.lines().stream().map(DocumentLine::of).toList(), DocumentTotals.of(totals), printRun);
    }

    /**
     * A credit memo from an accepted {@link CreditDecision} on {@code invoice} (whose lines give units
     * and prices for the credited lines).
     */
    public static InvoiceDocument creditMemo(String number, LocalDate issueDate, String customerNumber,
                                             AddressBlock billTo, String orderNumber, String customerPo,
                                             String creditedInvoice, String reason, CreditDecision decision,
                                             InvoiceTotals invoice, PrintRun printRun) {
        if (!decision.accepted()) {
            throw new IllegalArgumentException("credit memo " + number + " cannot print a refused credit: "
                    + String.join(" ", decision.problems()));
        }
        Map<Integer, PricedLine> invoiced = new HashMap<>();
        invoice.lines().forEach(l -> invoiced.put(l.lineNo(), l));
        List<DocumentLine> lines = decision.lines().stream()
                .flatMap(l -> DocumentLine.of(l, invoiced.get(l.lineNo())).stream()).toList();
        return new InvoiceDocument(DocumentKind.CREDIT_MEMO, number, issueDate, customerNumber, billTo, null,
                orderNumber, customerPo, null, null, null, creditedInvoice, reason, lines, DocumentTotals.of(decision),
                printRun);
    }

    /** The same document printed again later: a copy (paid, credited or owed as the print it copies). */
    public InvoiceDocument asCopy(LocalDate printedOn) {
        return printedAs(PrintRun.copy(printedOn).with(printRun.balance()));
    }

    /** The same document in another print run (a copy, or as the book stands after it was paid). */
    public InvoiceDocument printedAs(PrintRun run) {
        return new InvoiceDocument(kind, number, issueDate, customerNumber, billTo, shipTo, orderNumber, customerPo,
                shipmentNumber, shipDate, schedule, creditedInvoice, creditReason, lines, totals, run);
    }
}
