package com.orderdesk.logic.invoicing;

import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import java.time.LocalDate;
import java.util.List;

/**
 * The invoicing desk's port to the books (implemented by persistence): issue invoices for shipped
 * shipments, correct them with credit memos, list and load documents for printing, record prints.
 * Every method is one transaction or one read; none may be called on the JavaFX thread.
 */
public interface InvoiceBook {

    /** Shipments confirmed as shipped and not yet invoiced, oldest first. */
    List<ShipmentToInvoice> shipmentsToInvoice();

    /**
     * Issues one invoice per shipment, each in its own transaction with its number: a shipment that
     * fails leaves nothing behind (no number used, no partial invoice) and the others go on.
     */
    IssueResult issueInvoices(List<Long> shipmentIds, String user);

    /** Issues a credit memo on an invoice; refused (with sentences) when it would credit too much. */
    String issueCreditMemo(String invoiceNumber, CreditRequest request, String user) throws CreditRefusedException;

    /** Invoices and credit memos matching the filter, newest first. */
    List<DocumentRow> list(DocumentFilter filter);

    /** Numbers of every invoice and credit memo never printed, oldest first. */
    List<String> unprintedNumbers();

    /**
     * The document ready to print: the original when it was never printed, else a copy dated today.
     *
     * @throws IllegalArgumentException when no invoice or credit memo has that number
     */
    InvoiceDocument document(String number);

    /** Records a print: the first one keeps who and when, every one counts. */
    default void recordPrint(String number, String user) {
        recordPrints(List.of(number), user);
    }

    /** Records one print of each document, in one transaction. */
    void recordPrints(List<String> numbers, String user);

    /** The customer's open items, aged as of {@code asOf}. */
    StatementDocument statement(String customerNumber, LocalDate asOf);

    /** The issuing company as printed (settings). */
    CompanyProfile company();
}
