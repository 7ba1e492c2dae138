package com.orderdesk.persistence.invoicing;

import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.OpenClaim;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.logic.store.DamagedRowException;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.DamagedRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The invoicing desk's document list. One query per kind reads it; when a stored value cannot be
 * read (a damaged date, say), the list is read again one document at a time, so the damaged ones
 * are named and left out and the others still show. A document whose customer is gone is named too.
 * The invoices' query also joins the claim cases still open on them (an invoice the customer
 * disputes is marked in the list); an invoice with two open cases comes back twice and is merged.
 */
final class DocumentListQuery {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentListQuery.class);
    private static final String OPEN_CLAIM = ClaimStatus.class.getName() + ".";
    private static final String INVOICES = "select i.id, i.number, c.number, c.name, i.issueDate, i.dueDate, i.total,"
            + " i.openAmount, i.credited, i.printedAt, i.printedBy, i.printCount, o.number, cc.number, cc.kind, cc.reason"
            + " from Invoice i left join i.customer c left join i.order o"
            // the statuses ClaimStatus.isOpen names: a resolved or closed case no longer marks the invoice
            + " left join ClaimCase cc on cc.invoice = i and cc.status in (" + OPEN_CLAIM + "OPEN, " + OPEN_CLAIM + "RESEARCHING, "
            + OPEN_CLAIM + "WAITING_ON_CUSTOMER)";
    private static final String MEMOS = "select i.id, i.number, c.number, c.name, i.issueDate, i.total, i.openAmount,"
            + " i.printedAt, i.printedBy, i.printCount, inv.number from CreditMemo i left join i.customer c join i.invoice inv";

    private DocumentListQuery() {
    }

    static Listing<DocumentRow> list(Session s, DocumentFilter f) {
        LocalDate today = f.today();
        Listing<DocumentRow> invoices = read(s, INVOICES, "Invoice", "invoice", f, r -> invoice(r, today));
        Listing<DocumentRow> memos = read(s, MEMOS, "CreditMemo", "credit memo", f, DocumentListQuery::memo);
        List<DocumentRow> rows = oncePerInvoice(invoices.rows());
        rows.addAll(memos.rows());
        List<String> damaged = new ArrayList<>(invoices.damaged());
        damaged.addAll(memos.damaged());
        return new Listing<>(rows.stream()
                .filter(row -> f.matchesText(row.number(), row.customerNumber(), row.customerName()))
                .filter(row -> f.standing() == null || row.standing() == f.standing())
                .sorted(Comparator.comparing(DocumentRow::issueDate).thenComparing(DocumentRow::number).reversed())
                .limit(f.limit())
                .toList(), damaged);
    }

    /** An invoice with more than one open case came back once per case: one row, naming the first. */
    private static List<DocumentRow> oncePerInvoice(List<DocumentRow> rows) {
        Map<String, DocumentRow> byNumber = new LinkedHashMap<>();
        for (DocumentRow row : rows) {
            byNumber.merge(row.number(), row, (first, again) -> first.withClaim(again.openClaim()));
        }
        return new ArrayList<>(byNumber.values());
    }

    private static Listing<DocumentRow> read(Session s, String select, String entity, String kind, DocumentFilter f,
                                             Function<Object[], DocumentRow> row) {
        try {
            return DamagedRows.read(restricted(s, select, f, null).getResultList(), r -> named(r, kind, row));
        } catch (DamagedRowException e) {
            LOG.warn("A stored {} could not be read ({}); reading the list one document at a time", kind, e.getMessage());
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("A stored {} could not be read; reading the list one document at a time", kind, e);
        }
        List<String> damaged = new ArrayList<>();
        List<DocumentRow> rows = new ArrayList<>();
        for (Object[] idAndNumber : s.createSelectionQuery("select d.id, d.number from " + entity + " d order by d.id",
                Object[].class).getResultList()) {
            try {
                restricted(s, select, f, (Long) idAndNumber[0]).getResultList()
                        .forEach(r -> rows.add(named(r, kind, row)));
            } catch (DamagedRowException e) {
                damaged.add(DamagedRows.named(kind + " " + idAndNumber[1], e));
            } catch (RuntimeException e) {
                damaged.add(kind + " " + idAndNumber[1] + ": a stored value cannot be read (" + rootMessage(e) + ")");
            }
        }
        return new Listing<>(rows, damaged);
    }

    private static DocumentRow named(Object[] r, String kind, Function<Object[], DocumentRow> row) {
        if (r[2] == null) {
            throw new DamagedRowException(kind + " " + r[1], "its customer is no longer in the book");
        }
        return row.apply(r);
    }

    private static DocumentRow invoice(Object[] r, LocalDate today) {
        Money total = (Money) r[6];
        Money open = (Money) r[7];
        Money credited = (Money) r[8];
        Money paid = total.minus(open).minus(credited).max(Money.ZERO);
        return new DocumentRow(DocumentKind.INVOICE, (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                (LocalDate) r[5], total, open, InvoiceStanding.of(total, paid, credited, (LocalDate) r[5], today),
                (Instant) r[9], (String) r[10], (Integer) r[11], (String) r[12],
                r[13] == null ? null : new OpenClaim((String) r[13], (ClaimKind) r[14], (ClaimReason) r[15], 0));
    }

    private static DocumentRow memo(Object[] r) {
        Money open = (Money) r[6];
        return new DocumentRow(DocumentKind.CREDIT_MEMO, (String) r[1], (String) r[2], (String) r[3],
                (LocalDate) r[4], null, (Money) r[5], open, open.isPositive() ? InvoiceStanding.OPEN : InvoiceStanding.CREDITED,
                (Instant) r[7], (String) r[8], (Integer) r[9], (String) r[10]);
    }

    /** The part of the filter the database applies: dates, print state, customer (and one document, when asked). */
    private static SelectionQuery<Object[]> restricted(Session s, String select, DocumentFilter f, Long onlyId) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.from() != null) {
            where.append(" and i.issueDate >= :from");
        }
        if (f.to() != null) {
            where.append(" and i.issueDate <= :to");
        }
        if (f.printed() != null) {
            where.append(f.printed() ? " and i.printCount > 0" : " and i.printCount = 0");
        }
        if (f.customerNumber() != null && !f.customerNumber().isBlank()) {
            where.append(" and c.number = :customer");
        }
        if (onlyId != null) {
            where.append(" and i.id = :id");
        }
        SelectionQuery<Object[]> q = s.createSelectionQuery(select + where, Object[].class);
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        if (f.customerNumber() != null && !f.customerNumber().isBlank()) {
            q.setParameter("customer", f.customerNumber().strip());
        }
        if (onlyId != null) {
            q.setParameter("id", onlyId);
        }
        return q;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
