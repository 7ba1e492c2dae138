package com.orderdesk.application.claims;

import com.orderdesk.logic.claims.ClaimSettings;
import com.orderdesk.model.invoicing.DocumentPrint;
import com.orderdesk.model.invoicing.Invoice;
import java.util.Optional;

/**
 * What both claims ports need from the book: document numbers, the claim settings, an invoice by
 * number, and the prints of their documents (a port).
 */
public interface ClaimsDocuments {
    String nextNumber(String series);

    ClaimSettings settings();

    /** The invoice with its customer and order loaded. */
    Optional<Invoice> invoice(String number);

    /** Whether the document (an RMA, a chargeback) was printed before: its next print is a copy, as an invoice's is. */
    boolean printedBefore(String number);

    /** Keeps one print of the document (the record {@link #printedBefore} reads). */
    void add(DocumentPrint print);
}
