package com.orderdesk.persistence.invoicing;

import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/** Read-only lists for the invoicing desk: documents to print, shipments to invoice, statements. */
final class InvoiceQueries {
    private final Database db;

    InvoiceQueries(Database db) {
        this.db = db;
    }

    List<ShipmentToInvoice> shipmentsToInvoice() {
        return db.read(s -> s.createSelectionQuery(
                        "select sh.id, sh.number, o.number, c.number, c.name, sh.shipDate, count(l),"
                                + " sum(coalesce(l.quantityShipped, 0))"
                                + " from Shipment sh join sh.order o join o.customer c left join sh.lines l"
                                + " where sh.status = :shipped group by sh.id, sh.number, o.number, c.number, c.name, sh.shipDate"
                                + " order by sh.shipDate, sh.number", Object[].class)
                .setParameter("shipped", ShipmentStatus.SHIPPED)
                .getResultList().stream()
                .map(r -> new ShipmentToInvoice((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (LocalDate) r[5], ((Number) r[6]).intValue(), r[7] == null ? 0 : ((Number) r[7]).intValue()))
                .toList());
    }

    List<String> unprintedNumbers() {
        return db.read(s -> {
            List<String> numbers = new ArrayList<>(s.createSelectionQuery(
                    "select i.number from Invoice i where i.printCount = 0 order by i.number", String.class).getResultList());
            numbers.addAll(s.createSelectionQuery(
                    "select m.number from CreditMemo m where m.printCount = 0 order by m.number", String.class).getResultList());
            return numbers;
        });
    }

    List<DocumentRow> list(DocumentFilter f) {
        LocalDate today = f.today();
        return db.read(s -> {
            List<DocumentRow> rows = new ArrayList<>();
            for (Object[] r : restricted(s, "select i.number, c.number, c.name, i.issueDate, i.dueDate, i.total, i.openAmount,"
                    + " i.credited, i.printedAt, i.printedBy, i.printCount, o.number from Invoice i join i.customer c"
                    + " left join i.order o", "i", f).getResultList()) {
                Money total = (Money) r[5];
                Money open = (Money) r[6];
                Money credited = (Money) r[7];
                Money paid = total.minus(open).minus(credited).max(Money.ZERO);
                rows.add(new DocumentRow(DocumentKind.INVOICE, (String) r[0], (String) r[1], (String) r[2], (LocalDate) r[3],
                        (LocalDate) r[4], total, open, InvoiceStanding.of(total, paid, credited, (LocalDate) r[4], today),
                        (Instant) r[8], (String) r[9], (Integer) r[10], (String) r[11]));
            }
            for (Object[] r : restricted(s, "select i.number, c.number, c.name, i.issueDate, i.total, i.openAmount,"
                    + " i.printedAt, i.printedBy, i.printCount, inv.number from CreditMemo i join i.customer c"
                    + " join i.invoice inv", "i", f).getResultList()) {
                Money open = (Money) r[5];
                rows.add(new DocumentRow(DocumentKind.CREDIT_MEMO, (String) r[0], (String) r[1], (String) r[2],
                        (LocalDate) r[3], null, (Money) r[4], open, open.isPositive() ? InvoiceStanding.OPEN : InvoiceStanding.CREDITED,
                        (Instant) r[6], (String) r[7], (Integer) r[8], (String) r[9]));
            }
            return rows.stream()
                    .filter(row -> f.matchesText(row.number(), row.customerNumber(), row.customerName()))
                    .filter(row -> f.standing() == null || row.standing() == f.standing())
                    .sorted(Comparator.comparing(DocumentRow::issueDate).thenComparing(DocumentRow::number).reversed())
                    .limit(f.limit())
                    .toList();
        });
    }

    /** The part of the filter the database applies: dates, print state, customer. */
    private static SelectionQuery<Object[]> restricted(Session s, String select, String alias, DocumentFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.from() != null) {
            where.append(" and ").append(alias).append(".issueDate >= :from");
        }
        if (f.to() != null) {
            where.append(" and ").append(alias).append(".issueDate <= :to");
        }
        if (f.printed() != null) {
            where.append(" and ").append(alias).append(f.printed() ? ".printCount > 0" : ".printCount = 0");
        }
        if (f.customerNumber() != null && !f.customerNumber().isBlank()) {
            where.append(" and c.number = :customer");
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
        return q;
    }

    StatementDocument statement(String customerNumber, LocalDate asOf, LocalDate today) {
        return db.read(s -> {
            Customer c = s.createSelectionQuery("from Customer c where c.number = :n", Customer.class)
                    .setParameter("n", customerNumber).getSingleResultOrNull();
            if (c == null) {
                throw new IllegalArgumentException("There is no customer " + customerNumber + ".");
            }
            List<StatementDocument.Item> items = new ArrayList<>();
            for (Invoice i : s.createSelectionQuery("from Invoice i left join fetch i.order where i.customer = :c"
                    + " and i.openAmount > :zero and i.issueDate <= :asOf", Invoice.class)
                    .setParameter("c", c).setParameter("zero", Money.ZERO).setParameter("asOf", asOf).getResultList()) {
                items.add(new StatementDocument.Item(i.number(), "Invoice", i.issueDate(), i.dueDate(), i.total(),
                        i.openAmount(), i.order() == null ? "" : reference(i.order().number(), i.order().customerPo())));
            }
            for (CreditMemo m : s.createSelectionQuery("from CreditMemo m join fetch m.invoice where m.customer = :c"
                    + " and m.openAmount > :zero and m.issueDate <= :asOf", CreditMemo.class)
                    .setParameter("c", c).setParameter("zero", Money.ZERO).setParameter("asOf", asOf).getResultList()) {
                items.add(new StatementDocument.Item(m.number(), "Credit memo", m.issueDate(), null, m.total().negate(),
                        m.openAmount().negate(), "On " + m.invoice().number()));
            }
            return new StatementDocument(c.number(), StoredDocuments.billTo(c), asOf, c.paymentTerms(), items, today);
        });
    }

    private static String reference(String order, String po) {
        return po == null || po.isBlank() ? order : order + " / PO " + po;
    }
}
