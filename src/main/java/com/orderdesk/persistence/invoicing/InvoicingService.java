package com.orderdesk.persistence.invoicing;

import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceBook;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/** The invoicing desk's books on the database: {@link InvoiceBook} over one {@link Database}. */
public final class InvoicingService implements InvoiceBook {
    private final Database db;
    private final Clock clock;
    private final InvoiceIssuer issuer;
    private final CreditMemoIssuer memos;
    private final InvoiceQueries queries;
    private volatile CompanyProfile company;

    public InvoicingService(Database db, Clock clock) {
        this(db, clock, number -> { });
    }

    /** With a hook run inside each issuing transaction once the invoice is written (tests inject failures). */
    InvoicingService(Database db, Clock clock, Consumer<String> afterInvoiceWritten) {
        this.db = db;
        this.clock = clock;
        this.issuer = new InvoiceIssuer(db, clock, afterInvoiceWritten);
        this.memos = new CreditMemoIssuer(db, clock);
        this.queries = new InvoiceQueries(db);
    }

    @Override
    public List<ShipmentToInvoice> shipmentsToInvoice() {
        return queries.shipmentsToInvoice();
    }

    @Override
    public IssueResult issueInvoices(List<Long> shipmentIds, String user) {
        return issuer.issue(shipmentIds, user);
    }

    /** Invoices every shipped shipment (the nightly run, or the desk's "invoice all shipped"). */
    public IssueResult issueAllShipped(String user) {
        return issuer.issue(shipmentsToInvoice().stream().map(ShipmentToInvoice::shipmentId).toList(), user);
    }

    @Override
    public String issueCreditMemo(String invoiceNumber, CreditRequest request, String user) throws CreditRefusedException {
        return memos.issue(invoiceNumber, request, user);
    }

    @Override
    public List<DocumentRow> list(DocumentFilter filter) {
        return queries.list(filter);
    }

    @Override
    public List<String> unprintedNumbers() {
        return queries.unprintedNumbers();
    }

    @Override
    public InvoiceDocument document(String number) {
        LocalDate today = LocalDate.now(clock);
        return db.read(s -> {
            Invoice inv = s.createSelectionQuery("from Invoice i join fetch i.customer left join fetch i.order o left join fetch o.shipTo"
                    + " left join fetch i.shipment where i.number = :n", Invoice.class)
                    .setParameter("n", number).getSingleResultOrNull();
            if (inv != null) {
                return StoredDocuments.invoiceDocument(inv, today);
            }
            CreditMemo memo = s.createSelectionQuery("from CreditMemo m join fetch m.customer join fetch m.invoice where m.number = :n",
                    CreditMemo.class).setParameter("n", number).getSingleResultOrNull();
            if (memo != null) {
                return StoredDocuments.memoDocument(memo, today);
            }
            throw new IllegalArgumentException("There is no invoice or credit memo " + number + ".");
        });
    }

    @Override
    public void recordPrints(List<String> numbers, String user) {
        if (numbers.isEmpty()) {
            return;
        }
        db.write(s -> {
            int n = 0;
            for (String entity : List.of("Invoice", "CreditMemo")) {
                n += s.createMutationQuery("update " + entity + " d set d.printCount = d.printCount + 1,"
                                + " d.printedAt = coalesce(d.printedAt, :now), d.printedBy = coalesce(d.printedBy, :user)"
                                + " where d.number in (:n)")
                        .setParameter("now", clock.instant()).setParameter("user", user).setParameterList("n", numbers)
                        .executeUpdate();
            }
            if (n != new java.util.HashSet<>(numbers).size()) {
                throw new IllegalArgumentException("Not every one of " + String.join(", ", numbers)
                        + " is an invoice or credit memo; no print was recorded.");
            }
            return n;
        });
    }

    @Override
    public StatementDocument statement(String customerNumber, LocalDate asOf) {
        return queries.statement(customerNumber, asOf, LocalDate.now(clock));
    }

    @Override
    public CompanyProfile company() {
        CompanyProfile c = company;
        if (c == null) {
            List<Object[]> rows = db.read(s -> s.createNativeQuery("select setting_key, setting_value from company_setting", Object[].class)
                    .getResultList());
            Properties p = new Properties();
            rows.forEach(r -> p.setProperty((String) r[0], (String) r[1]));
            c = p.getProperty("company.name") == null ? CompanyProfile.demo() : CompanyProfile.fromProperties(p);
            company = c;
        }
        return c;
    }
}
