package com.orderdesk.persistence.invoicing;

import com.orderdesk.application.invoicing.InvoiceBook;
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
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.time.LocalDate;
import java.util.List;

/** The invoicing use cases as the tests call them: each action by the AR clerk named, reads by "ar1". */
public final class InvoicingAsUsers {
    private final TestBook book;
    private final InvoiceBook invoicing;

    InvoicingAsUsers(TestBook book, InvoiceBook invoicing) {
        this.book = book;
        this.invoicing = invoicing;
    }

    public InvoiceBook useCases() {
        return invoicing;
    }

    public SignedInUser user(String name) {
        return book.user(name, Role.AR_CLERK);
    }

    public List<ShipmentToInvoice> shipmentsToInvoice() {
        return invoicing.shipmentsToInvoice(user("ar1"));
    }

    public IssueResult issueInvoices(List<Long> shipmentIds, String user) {
        return invoicing.issueInvoices(user(user), shipmentIds);
    }

    public String issueCreditMemo(String invoiceNumber, CreditRequest request, String user) throws CreditRefusedException {
        return invoicing.issueCreditMemo(user(user), invoiceNumber, request);
    }

    public List<DocumentRow> list(DocumentFilter filter) {
        return invoicing.list(user("ar1"), filter).rows();
    }

    public List<String> unprintedNumbers() {
        return invoicing.unprintedNumbers(user("ar1"));
    }

    public InvoiceDocument document(String number) {
        return invoicing.document(user("ar1"), number);
    }

    public void recordPrint(String number, String user) {
        invoicing.recordPrints(user(user), List.of(number));
    }

    public StatementDocument statement(String customerNumber, LocalDate asOf) {
        return invoicing.statement(user("ar1"), customerNumber, asOf);
    }

    public CompanyProfile company() {
        return invoicing.company();
    }
}
