package com.orderdesk.application.claims;

import com.orderdesk.logic.claims.ClaimSettings;
import com.orderdesk.model.invoicing.Invoice;
import java.util.Optional;

/** What both claims ports need from the book: document numbers, the claim settings, an invoice by number (a port). */
public interface ClaimsDocuments {
    String nextNumber(String series);

    ClaimSettings settings();

    /** The invoice with its customer and order loaded. */
    Optional<Invoice> invoice(String number);
}
