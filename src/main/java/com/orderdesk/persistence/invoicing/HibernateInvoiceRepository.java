package com.orderdesk.persistence.invoicing;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.application.invoicing.InvoiceRepository;
import com.orderdesk.application.invoicing.StoredDocuments;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.invoicing.DocumentPrint;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.util.Optional;
import java.util.Properties;

import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.logic.invoicing.print.ActivityStatement;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.Invoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/** Read-only lists for the invoicing desk: documents to print, shipments to invoice, statements. */
public final class HibernateInvoiceRepository implements InvoiceRepository {
    /** The zone in which a cash posting instant falls on a day (a statement's open amounts on a past day). */
    private final java.time.ZoneId zone;

    public HibernateInvoiceRepository() {
        this(java.time.ZoneId.systemDefault());
    }

    public HibernateInvoiceRepository(java.time.ZoneId zone) {
        this.zone = zone;
    }

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Optional<Shipment> shipment(long shipmentId) {
        return Optional.ofNullable(s().find(Shipment.class, shipmentId));
    }

    @Override
    public java.util.Map<Long, Shipment> shipmentsById(java.util.Collection<Long> shipmentIds) {
        return com.orderdesk.persistence.fulfillment.ShipmentReads.byId(s(), shipmentIds);
    }

    @Override
    public Optional<String> shipmentNumber(long shipmentId) {
        return Optional.ofNullable(s().createSelectionQuery("select s.number from Shipment s where s.id = :id", String.class)
                .setParameter("id", shipmentId).getSingleResultOrNull());
    }

    @Override
    public String nextNumber(String series) {
        return DocumentNumberAllocator.next(s(), series);
    }

    @Override
    public void add(Invoice invoice) {
        s().persist(invoice);
    }

    @Override
    public void add(CreditMemo memo) {
        s().persist(memo);
    }

    @Override
    public void add(DocumentPrint print) {
        s().persist(print);
    }

    @Override
    public long uninvoicedShipments(SalesOrder order) {
        // the statuses as literals: Hibernate keeps no plan for a query with a list parameter and
        // translated this one again for every invoice issued
        return s().createSelectionQuery("select count(x) from Shipment x where x.order = :o and x.status not in ("
                        + ShipmentStatus.class.getName() + "." + ShipmentStatus.INVOICED.name() + ", "
                        + ShipmentStatus.class.getName() + "." + ShipmentStatus.CANCELLED.name() + ")", Long.class)
                .setParameter("o", order)
                .setQueryFlushMode(org.hibernate.query.QueryFlushMode.NO_FLUSH)
                .getSingleResult();
    }

    @Override
    public Optional<Invoice> invoice(String number) {
        return Optional.ofNullable(s().createSelectionQuery("from Invoice i join fetch i.customer left join fetch i.order o"
                        + " left join fetch o.shipTo left join fetch i.shipment where i.number = :n", Invoice.class)
                .setParameter("n", number).getSingleResultOrNull());
    }

    @Override
    public Optional<CreditMemo> creditMemo(String number) {
        return Optional.ofNullable(s().createSelectionQuery("from CreditMemo m join fetch m.customer join fetch m.invoice"
                + " where m.number = :n", CreditMemo.class).setParameter("n", number).getSingleResultOrNull());
    }

    @Override
    public com.orderdesk.logic.invoicing.print.InvoiceBalance balance(Invoice invoice) {
        return InvoiceBalances.of(s(), invoice);
    }

    @Override
    public List<CreditMemo> memosOf(Invoice invoice) {
        return s().createSelectionQuery("from CreditMemo m where m.invoice = :i", CreditMemo.class)
                .setParameter("i", invoice).getResultList();
    }

    @Override
    public int markPrinted(List<String> numbers, String user, Instant at) {
        int n = 0;
        for (String entity : List.of("Invoice", "CreditMemo")) {
            n += s().createMutationQuery("update " + entity + " d set d.printCount = d.printCount + 1,"
                            + " d.printedAt = coalesce(d.printedAt, :now), d.printedBy = coalesce(d.printedBy, :user)"
                            + " where d.number in (:n)")
                    .setParameter("now", at).setParameter("user", user).setParameterList("n", numbers)
                    .executeUpdate();
        }
        return n;
    }

    @Override
    public boolean printedBefore(String number) {
        Long n = s().createSelectionQuery("select count(p) from DocumentPrint p where p.documentNumber = :n", Long.class)
                .setParameter("n", number).getSingleResult();
        if (n > 0) {
            return true;
        }
        Integer count = s().createSelectionQuery("select i.printCount from Invoice i where i.number = :n", Integer.class)
                .setParameter("n", number).getResultStream().findFirst()
                .orElseGet(() -> s().createSelectionQuery("select m.printCount from CreditMemo m where m.number = :n", Integer.class)
                        .setParameter("n", number).getResultStream().findFirst().orElse(0));
        return count > 0;
    }

    @Override
    public Properties companySettings() {
        Properties p = new Properties();
        s().createNativeQuery("select setting_key, setting_value from company_setting", Object[].class).getResultList()
                .forEach(r -> p.setProperty((String) r[0], (String) r[1]));
        return p;
    }

    @Override
    public void flush() {
        s().flush();
    }

    @Override
    public void flushAndClear() {
        s().flush();
        s().clear();
    }

    @Override
    public List<ShipmentToInvoice> shipmentsToInvoice() {
        return s().createSelectionQuery(
                        "select sh.id, sh.number, o.number, c.number, c.name, sh.shipDate, count(l),"
                                + " sum(coalesce(l.quantityShipped, 0))"
                                + " from Shipment sh join sh.order o join o.customer c left join sh.lines l"
                                + " where sh.status = :shipped group by sh.id, sh.number, o.number, c.number, c.name, sh.shipDate"
                                + " order by sh.shipDate, sh.number", Object[].class)
                .setParameter("shipped", ShipmentStatus.SHIPPED)
                .getResultList().stream()
                .map(r -> new ShipmentToInvoice((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (LocalDate) r[5], ((Number) r[6]).intValue(), r[7] == null ? 0 : ((Number) r[7]).intValue()))
                .toList();
    }

    @Override
    public List<String> unprintedNumbers() {
        Session s = s();
        List<String> numbers = new ArrayList<>(s.createSelectionQuery(
                "select i.number from Invoice i where i.printCount = 0 order by i.number", String.class).getResultList());
        numbers.addAll(s.createSelectionQuery(
                "select m.number from CreditMemo m where m.printCount = 0 order by m.number", String.class).getResultList());
        return numbers;
    }

    @Override
    public Listing<DocumentRow> list(DocumentFilter f) {
        return DocumentListQuery.list(s(), f);
    }

    @Override
    public StatementDocument statement(String customerNumber, LocalDate asOf, LocalDate today) {
        Session s = s();
        Customer c = s.createSelectionQuery("from Customer c where c.number = :n", Customer.class)
                .setParameter("n", customerNumber).getSingleResultOrNull();
        if (c == null) {
            throw new IllegalArgumentException("There is no customer " + customerNumber + ".");
        }
        List<StatementDocument.Item> items = new ArrayList<>();
        // open amounts on the statement's day, not today's (payments and credits after it do not count)
        java.util.Map<Long, Long> openThen = OpenAsOf.openOn(s, c.id(), asOf, today, zone);
        List<Invoice> open = openThen.isEmpty() ? List.of() : s.createSelectionQuery(
                "from Invoice i left join fetch i.order where i.id in :ids order by i.id", Invoice.class)
                .setParameter("ids", openThen.keySet()).getResultList();
        for (Invoice i : open) {
            items.add(new StatementDocument.Item(i.number(), "Invoice", i.issueDate(), i.dueDate(), i.total(),
                    Money.ofCents(openThen.get(i.id())), i.order() == null ? "" : reference(i.order().number(), i.order().customerPo())));
        }
        for (CreditMemo m : s.createSelectionQuery("from CreditMemo m join fetch m.invoice where m.customer = :c"
                + " and m.openAmount > :zero and m.issueDate <= :asOf", CreditMemo.class)
                .setParameter("c", c).setParameter("zero", Money.ZERO).setParameter("asOf", asOf).getResultList()) {
            items.add(new StatementDocument.Item(m.number(), "Credit memo", m.issueDate(), null, m.total().negate(),
                    m.openAmount().negate(), "On " + m.invoice().number()));
        }
        // amounts in dispute on open cases are shown apart (and parked deductions are still owed)
        items = com.orderdesk.persistence.claims.ClaimReceivables.onStatement(s, c.id(), asOf, items);
        return new StatementDocument(c.number(), StoredDocuments.billTo(c), asOf, c.paymentTerms(), items, today);
    }

    @Override
    public ActivityStatement activity(String customerNumber, LocalDate from, LocalDate to, LocalDate today) {
        // the opening is the open-item statement's balance the day before, the end its statement on the last day
        StatementDocument before = statement(customerNumber, from.minusDays(1), today);
        StatementDocument end = statement(customerNumber, to, today);
        long customerId = s().createSelectionQuery("select c.id from Customer c where c.number = :n", Long.class)
                .setParameter("n", customerNumber).getSingleResult();
        return new ActivityStatement(end.customerNumber(), end.customer(), from, to, end.terms(), before.balance(),
                AccountActivity.between(s(), customerId, from, to, today, zone), end, today);
    }

    private static String reference(String order, String po) {
        return po == null || po.isBlank() ? order : order + " / PO " + po;
    }
}
