package com.orderdesk.gui.invoicing;

import com.orderdesk.application.invoicing.InvoiceBook;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/** The real books, with documents that take {@code delay} milliseconds to load (the preview's wait seen in tests). */
final class SlowInvoiceBook implements InvoiceBook {
    private final InvoiceBook real;
    private final LongSupplier delay;

    SlowInvoiceBook(InvoiceBook real, LongSupplier delay) {
        this.real = real;
        this.delay = delay;
    }

    @Override
    public List<com.orderdesk.logic.invoicing.ShipmentToInvoice> shipmentsToInvoice(SignedInUser user) {
        return real.shipmentsToInvoice(user);
    }

    @Override
    public com.orderdesk.logic.invoicing.IssueResult issueInvoices(SignedInUser user, List<Long> shipmentIds,
                                                                   com.orderdesk.application.BatchProgress progress) {
        return real.issueInvoices(user, shipmentIds, progress);
    }

    @Override
    public com.orderdesk.logic.invoicing.CreditBasis creditBasis(SignedInUser user, String invoiceNumber) {
        return real.creditBasis(user, invoiceNumber);
    }

    @Override
    public String issueCreditMemo(SignedInUser user, String invoiceNumber, com.orderdesk.logic.invoicing.CreditRequest request)
            throws com.orderdesk.logic.invoicing.CreditRefusedException {
        return real.issueCreditMemo(user, invoiceNumber, request);
    }

    @Override
    public com.orderdesk.logic.store.Listing<DocumentRow> list(SignedInUser user, com.orderdesk.logic.invoicing.DocumentFilter filter) {
        return real.list(user, filter);
    }

    @Override
    public List<String> unprintedNumbers(SignedInUser user) {
        return real.unprintedNumbers(user);
    }

    @Override
    public com.orderdesk.logic.invoicing.print.InvoiceDocument document(SignedInUser user, String number) {
        try {
            Thread.sleep(delay.getAsLong());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return real.document(user, number);
    }

    @Override
    public void recordPrints(SignedInUser user, List<String> numbers) {
        real.recordPrints(user, numbers);
    }

    @Override
    public Path publishPdf(SignedInUser user, String number, Path partial, Path target) {
        return real.publishPdf(user, number, partial, target);
    }

    @Override
    public com.orderdesk.logic.invoicing.print.StatementDocument statement(SignedInUser user, String customerNumber,
                                                                        java.time.LocalDate asOf) {
        return real.statement(user, customerNumber, asOf);
    }

    @Override
    public com.orderdesk.logic.invoicing.print.ActivityStatement activity(SignedInUser user, String customerNumber,
                                                                       java.time.LocalDate from, java.time.LocalDate to) {
        return real.activity(user, customerNumber, from, to);
    }

    @Override
    public com.orderdesk.logic.invoicing.print.CompanyProfile company() {
        return real.company();
    }
}
