package com.orderdesk.application.invoicing;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The invoicing desk's use cases, as the invoices screen and the {@code invoices} commands call
 * them ({@link InvoicingUseCases}; the screen's tests put a slow stand-in behind it).
 */
public interface InvoiceBook {
    /** Shipped shipments with no invoice yet, oldest first. */
    List<ShipmentToInvoice> shipmentsToInvoice(SignedInUser user);

    /** One invoice per shipment, each in its own transaction; a failure is reported and the rest go on. */
    default IssueResult issueInvoices(SignedInUser user, List<Long> shipmentIds) {
        return issueInvoices(user, shipmentIds, BatchProgress.NONE);
    }

    /**
     * The same, telling {@code progress} before each shipment and stopping between two when it asks:
     * the invoices issued by then stay issued, the shipments not reached wait for the next run.
     */
    IssueResult issueInvoices(SignedInUser user, List<Long> shipmentIds, BatchProgress progress);

    /** What a credit memo on the invoice starts from, for the dialog's preview of what it would issue. */
    com.orderdesk.logic.invoicing.CreditBasis creditBasis(SignedInUser user, String invoiceNumber);

    /** Issues a credit memo on the invoice, or explains why not. */
    String issueCreditMemo(SignedInUser user, String invoiceNumber, CreditRequest request) throws CreditRefusedException;

    /** Invoices and credit memos; the ones that cannot be read are named and left out. */
    Listing<DocumentRow> list(SignedInUser user, DocumentFilter filter);

    /** Invoices and credit memos never printed, by number. */
    List<String> unprintedNumbers(SignedInUser user);

    /** The printable document (marked COPY once printed before). */
    InvoiceDocument document(SignedInUser user, String number);

    /** Records documents printed on paper (one transaction). */
    void recordPrints(SignedInUser user, List<String> numbers);

    /**
     * Makes a PDF written to {@code partial} visible as {@code target} and records that print, in
     * one unit of work: the record and the file exist together, exactly once. When the record
     * cannot be stored the file is not left under its final name.
     */
    Path publishPdf(SignedInUser user, String number, Path partial, Path target);

    StatementDocument statement(SignedInUser user, String customerNumber, LocalDate asOf);

    /** The customer's activity (balance-forward) statement for {@code from} to {@code to}; the same permission as {@link #statement}. */
    com.orderdesk.logic.invoicing.print.ActivityStatement activity(SignedInUser user, String customerNumber, LocalDate from,
                                                                   LocalDate to);

    CompanyProfile company();
}
