package com.orderdesk.persistence.claims;

import com.orderdesk.application.claims.ClaimsDocuments;
import com.orderdesk.logic.claims.ClaimSettings;
import com.orderdesk.model.invoicing.DocumentPrint;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.util.Optional;
import org.hibernate.Session;

/** The part of the claims and returns adapters that reads the same things, kept once. */
abstract class ClaimsDocumentsAdapter implements ClaimsDocuments {
    static Session s() {
        return CurrentSession.get();
    }

    @Override
    public String nextNumber(String series) {
        return DocumentNumberAllocator.next(s(), series);
    }

    @Override
    public ClaimSettings settings() {
        return ClaimSettingsQuery.read(s());
    }

    @Override
    public Optional<Invoice> invoice(String number) {
        return Optional.ofNullable(s().createSelectionQuery("from Invoice i join fetch i.customer left join fetch i.order"
                + " where i.number = :n", Invoice.class).setParameter("n", number).getSingleResultOrNull());
    }

    @Override
    public boolean printedBefore(String number) {
        return s().createSelectionQuery("select count(p) from DocumentPrint p where p.documentNumber = :n", Long.class)
                .setParameter("n", number).getSingleResult() > 0;
    }

    @Override
    public void add(DocumentPrint print) {
        s().persist(print);
    }
}
