package com.orderdesk.persistence.cash;

import com.orderdesk.application.cash.CashRepository;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.matching.OpenItem;
import com.orderdesk.logic.numbering.DocumentNumbers;
import com.orderdesk.model.cash.BankCsvLayout;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.CustomerBankAccount;
import com.orderdesk.model.cash.ImportBatch;
import com.orderdesk.model.cash.MatchStatus;
import com.orderdesk.model.cash.PaymentState;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.logic.store.DamagedRowException;
import com.orderdesk.persistence.DamagedRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/** {@link CashRepository} on payments, applications, bank accounts and invoices, in the open unit of work. */
public final class HibernateCashRepository implements CashRepository {
    static final String SERIES = "PAYMENT";

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Optional<ImportBatch> batchWithHash(String sha256) {
        return s().createSelectionQuery("from ImportBatch b where b.sha256 = :sha", ImportBatch.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    @Override
    public Set<String> keysReceivedBetween(LocalDate first, LocalDate last) {
        return new HashSet<>(s().createSelectionQuery("select p.dedupKey from CashPayment p"
                        + " where p.receivedDate >= :first and p.receivedDate <= :last", String.class)
                .setParameter("first", first).setParameter("last", last).getResultList());
    }

    @Override
    public List<CashPayment> paymentsWithKey(String dedupKey) {
        return s().createSelectionQuery("from CashPayment p where p.dedupKey = :k", CashPayment.class)
                .setParameter("k", dedupKey).getResultList();
    }

    /**
     * One query instead of one per payment also keeps Hibernate from flushing the growing session
     * before every number.
     */
    @Override
    public List<String> nextPaymentNumbers(int n) {
        Session s = s();
        int updated = s.createMutationQuery("update DocumentSequence q set q.nextValue = q.nextValue + :n where q.series = :series")
                .setParameter("n", (long) n).setParameter("series", SERIES).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No numbering series " + SERIES);
        }
        Object[] row = s.createSelectionQuery("select q.prefix, q.nextValue, q.width from DocumentSequence q where q.series = :series",
                Object[].class).setParameter("series", SERIES).getSingleResult();
        long first = ((Number) row[1]).longValue() - n;
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(DocumentNumbers.format((String) row[0], first + k, ((Number) row[2]).intValue()));
        }
        return out;
    }

    @Override
    public void add(ImportBatch batch) {
        s().persist(batch);
    }

    @Override
    public void add(CashPayment payment) {
        s().persist(payment);
    }

    @Override
    public void addImported(ImportBatch batch, List<CashPayment> payments) {
        CashBulkWriter.insertPayments(s(), batch, payments);
    }

    @Override
    public List<BankCsvLayout> csvLayouts() {
        return s().createSelectionQuery("from BankCsvLayout l order by l.bankName, l.id", BankCsvLayout.class).getResultList();
    }

    @Override
    public Optional<BankCsvLayout> csvLayout(String headerSha256) {
        return s().createSelectionQuery("from BankCsvLayout l where l.headerSha256 = :h", BankCsvLayout.class)
                .setParameter("h", headerSha256).uniqueResultOptional();
    }

    @Override
    public void add(BankCsvLayout layout) {
        s().persist(layout);
    }

    @Override
    public Optional<CashPayment> payment(long id) {
        return s().createSelectionQuery("from CashPayment p left join fetch p.customer where p.id = :id", CashPayment.class)
                .setParameter("id", id).uniqueResultOptional();
    }

    private static final String DAY = "from CashPayment p left join fetch p.customer"
            + " where (p.receivedDate = :day or (p.state = :open and p.receivedDate < :day)"
            // worked that day: a payment of an earlier day posted today stays where the clerk posted it (tour12)
            + " or exists (select a.id from CashApplication a where a.payment = p and a.postedAt >= :from and a.postedAt < :to))";

    @Override
    public List<CashPayment> paymentsByNumbers(List<String> numbers) {
        List<CashPayment> out = new ArrayList<>(numbers.size());
        for (int from = 0; from < numbers.size(); from += 500) {
            out.addAll(s().createSelectionQuery("select distinct p from CashPayment p left join fetch p.proposal"
                            + " left join fetch p.customer where p.number in :numbers", CashPayment.class)
                    .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + 500))).getResultList());
        }
        return out;
    }

    @Override
    public Listing<CashPayment> paymentsForDay(LocalDate day, java.time.ZoneId zone) {
        java.time.Instant from = day.atStartOfDay(zone).toInstant();
        java.time.Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return DamagedRows.readOrFallBack(
                () -> s().createSelectionQuery(DAY + " order by p.receivedDate desc, p.id", CashPayment.class)
                        .setParameter("day", day).setParameter("open", PaymentState.OPEN).setParameter("from", from)
                        .setParameter("to", to).getResultList(),
                () -> s().createNativeQuery("SELECT id, payment_no FROM cash_payment ORDER BY received_date DESC, id",
                        Object[].class).getResultList(),
                "payment",
                id -> {
                    s().clear(); // the failed read may have left a half-built entity behind
                    return s().createSelectionQuery(DAY + " and p.id = :id", CashPayment.class)
                            .setParameter("day", day).setParameter("open", PaymentState.OPEN).setParameter("id", id)
                            .setParameter("from", from).setParameter("to", to)
                            .getResultList();
                });
    }

    @Override
    public Optional<Long> customerId(String customerNumber) {
        return s().createSelectionQuery("select c.id from Customer c where c.number = :n", Long.class)
                .setParameter("n", customerNumber).getResultStream().findFirst();
    }

    @Override
    public Optional<Customer> customerByNumber(String customerNumber) {
        return s().createSelectionQuery("from Customer c where c.number = :n", Customer.class)
                .setParameter("n", customerNumber).uniqueResultOptional();
    }

    @Override
    public Customer customerReference(long customerId) {
        return s().getReference(Customer.class, customerId);
    }

    @Override
    public List<OpenInvoice> openInvoices(long customerId, LocalDate received) {
        List<OpenInvoice> out = new ArrayList<>();
        // the customer's own and its children's, each by ix_invoice_customer_status: "c.id or its parent's id"
        // could use no index and read the whole invoice table for every payment a clerk opened
        List<Invoice> invoices;
        try {
            invoices = s().createSelectionQuery("from Invoice i join fetch i.customer c"
                            + " where (i.customer.id = :id or i.customer.id in (select k.id from Customer k where k.parent.id = :id))"
                            + " and i.status in (:open, :part) order by i.issueDate, i.number",
                            Invoice.class)
                    .setParameter("id", customerId).setParameter("open", InvoiceStatus.OPEN)
                    .setParameter("part", InvoiceStatus.PARTLY_PAID).getResultList();
        } catch (DamagedRowException e) {
            throw byNumber(e);
        }
        for (Invoice i : invoices) {
            out.add(toOpen(i, received));
        }
        return out;
    }

    /**
     * The damaged invoice named by its number where that reads, as the clerk knows it: "invoice INV-000102 (invoice 2):
     * open_cents \"abc\" is not a whole number" where the row alone said "invoice 2".
     */
    private static DamagedRowException byNumber(DamagedRowException e) {
        String row = e.row();
        if (!row.matches("invoice [0-9]+")) {
            return e;
        }
        s().clear(); // the failed read may have left a half-built entity behind
        List<String> number = s().createNativeQuery("SELECT invoice_no FROM invoice WHERE id = :id", String.class)
                .setParameter("id", Long.parseLong(row.substring("invoice ".length()))).getResultList();
        return number.isEmpty() || number.get(0) == null || number.get(0).isBlank() ? e
                : new DamagedRowException("invoice " + number.get(0) + " (" + row + ")", e.problem());
    }

    static OpenInvoice toOpen(Invoice i, LocalDate received) {
        BigDecimal discount = BigDecimal.ZERO.setScale(2);
        if (i.discountPct() != null && i.discountUntil() != null && received != null && !received.isAfter(i.discountUntil())) {
            discount = i.openAmount().amount().multiply(i.discountPct()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        return new OpenInvoice(i.number(), i.customer().number(), i.issueDate(), i.dueDate(), i.total().amount(),
                i.openAmount().amount(), discount, i.status().name());
    }

    @Override
    public List<CashApplication> liveApplications(long paymentId) {
        return s().createSelectionQuery("from CashApplication a left join fetch a.invoice"
                        + " where a.payment.id = :id and a.reversalOf is null"
                        + " and not exists (from CashApplication r where r.reversalOf = a) order by a.id", CashApplication.class)
                .setParameter("id", paymentId).getResultList();
    }

    @Override
    public List<PaymentDetail.Posted> postedLines(long paymentId) {
        return liveApplications(paymentId).stream()
                .map(a -> new PaymentDetail.Posted(a.invoice() == null ? null : a.invoice().number(), a.applied().amount(),
                        a.discount().amount(), a.deduction().amount(), a.reasonCode(), a.postedBy(), a.origin()))
                .toList();
    }

    @Override
    public Map<Long, List<PaymentDetail.Posted>> postedLines(Collection<Long> paymentIds) {
        Map<Long, List<PaymentDetail.Posted>> byPayment = new LinkedHashMap<>();
        paymentIds.forEach(id -> byPayment.put(id, new ArrayList<>()));
        if (paymentIds.isEmpty()) {
            return byPayment;
        }
        for (CashApplication a : s().createSelectionQuery("from CashApplication a left join fetch a.invoice"
                        + " where a.payment.id in :ids and a.reversalOf is null"
                        + " and not exists (from CashApplication r where r.reversalOf = a) order by a.id", CashApplication.class)
                .setParameter("ids", paymentIds).getResultList()) {
            byPayment.get(a.payment().id()).add(new PaymentDetail.Posted(a.invoice() == null ? null : a.invoice().number(),
                    a.applied().amount(), a.discount().amount(), a.deduction().amount(), a.reasonCode(), a.postedBy(), a.origin()));
        }
        return byPayment;
    }

    @Override
    public MatchingCustomers matchingCustomers() {
        Map<Long, Set<String>> accounts = new HashMap<>();
        for (Object[] row : s().createSelectionQuery(
                "select a.customer.id, a.routing, a.account from CustomerBankAccount a", Object[].class).getResultList()) {
            accounts.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add(row[1] + ":" + row[2]);
        }
        List<com.orderdesk.logic.cash.matching.Customer> customers = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Object[] row : s().createSelectionQuery(
                "select c.id, c.number, c.name, p.number from Customer c left join c.parent p", Object[].class).getResultList()) {
            Long id = (Long) row[0];
            customers.add(new com.orderdesk.logic.cash.matching.Customer((String) row[1], (String) row[2], (String) row[3],
                    accounts.getOrDefault(id, Set.of())));
            ids.put((String) row[1], id);
        }
        return new MatchingCustomers(customers, ids);
    }

    /**
     * Values, not entities: the book's open invoices loaded as entities stayed in the matching unit's
     * session, and every flush after (the queries' auto-flushes, the proposals, the commit)
     * dirty-checked thousands of them, a cost that grew with the book.
     */
    private static final String OPEN = "select i.number, c.number, i.issueDate, i.dueDate, i.total, i.openAmount,"
            + " i.discountPct, i.discountUntil from Invoice i join i.customer c where i.status in (:open, :part)";

    /** A damaged invoice is named in the log and left out; the others are matched. */
    @Override
    public List<OpenItem> openItems() {
        Listing<Object[]> invoices = DamagedRows.readOrFallBack(
                () -> openInvoices(s().createSelectionQuery(OPEN + " order by i.issueDate, i.number", Object[].class)),
                () -> s().createNativeQuery("SELECT id, invoice_no FROM invoice ORDER BY id", Object[].class).getResultList(),
                "invoice",
                id -> {
                    s().clear();
                    return openInvoices(s().createSelectionQuery(OPEN + " and i.id = :id", Object[].class).setParameter("id", id));
                });
        List<OpenItem> open = new ArrayList<>();
        for (Object[] r : invoices.rows()) {
            Money openAmount = (Money) r[5];
            if (openAmount.isPositive()) {
                open.add(new OpenItem((String) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3], ((Money) r[4]).amount(),
                        openAmount.amount(), "USD", (BigDecimal) r[6], (LocalDate) r[7]));
            }
        }
        return open;
    }

    private static <T> List<T> openInvoices(org.hibernate.query.SelectionQuery<T> q) {
        return q.setParameter("open", InvoiceStatus.OPEN).setParameter("part", InvoiceStatus.PARTLY_PAID).getResultList();
    }

    @Override
    public List<OpenPayment> openPaymentRowsUpTo(LocalDate day) {
        return s().createSelectionQuery("select p.id, p.version, p.number, p.receivedDate, p.amount, p.currency, p.payerName,"
                                + " p.payerRouting, p.payerAccount, p.reference from CashPayment p"
                                + " where p.state = :open and p.receivedDate <= :day order by p.id", Object[].class)
                .setParameter("open", PaymentState.OPEN).setParameter("day", day).getResultList().stream()
                .map(r -> new OpenPayment((Long) r[0], ((Number) r[1]).longValue(), (String) r[2], (LocalDate) r[3], (Money) r[4],
                        (String) r[5], (String) r[6], accountKey((String) r[7], (String) r[8]), (String) r[9]))
                .toList();
    }

    /** As {@link CashPayment#payerAccountKey()}. */
    private static String accountKey(String routing, String account) {
        return routing == null || account == null || routing.isBlank() || account.isBlank() ? "" : routing + ":" + account;
    }

    @Override
    public void saveProposals(List<ProposalUpdate> updates) {
        CashBulkWriter.saveProposals(s(), updates);
    }

    @Override
    public Set<Long> reversedPaymentIds() {
        return new HashSet<>(s().createSelectionQuery(
                "select distinct a.payment.id from CashApplication a where a.reversalOf is not null", Long.class).getResultList());
    }

    @Override
    public List<long[]> autoPayments(LocalDate day) {
        return s().createSelectionQuery("select p.id, p.version from CashPayment p where p.state = :open and p.matchStatus = :auto"
                        + " and p.receivedDate <= :day order by p.id", Object[].class)
                .setParameter("open", PaymentState.OPEN).setParameter("auto", MatchStatus.AUTO).setParameter("day", day)
                .getResultList().stream()
                .map(r -> new long[] {(Long) r[0], ((Number) r[1]).longValue()})
                .toList();
    }

    @Override
    public List<Invoice> invoicesByNumber(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return s().createSelectionQuery("from Invoice i join fetch i.customer c left join fetch c.parent"
                + " where i.number in :nos", Invoice.class).setParameter("nos", numbers).getResultList();
    }

    @Override
    public boolean bankAccountKnown(String routing, String account) {
        return s().createSelectionQuery("select count(a) from CustomerBankAccount a where a.routing = :r and a.account = :a",
                Long.class).setParameter("r", routing).setParameter("a", account).getSingleResult() > 0;
    }

    @Override
    public void add(CustomerBankAccount account) {
        s().persist(account);
    }

    @Override
    public void add(CashApplication application) {
        s().persist(application);
    }

    @Override
    public boolean restoreInvoice(Invoice invoice, Money open, InvoiceStatus status) {
        long version = s().createSelectionQuery("select i.version from Invoice i where i.id = :id", Long.class)
                .setParameter("id", invoice.id()).getSingleResult();
        return s().createMutationQuery("update Invoice i set i.openAmount = :open, i.status = :status, i.version = i.version + 1"
                        + " where i.id = :id and i.version = :version")
                .setParameter("open", open).setParameter("status", status)
                .setParameter("id", invoice.id()).setParameter("version", version)
                .executeUpdate() == 1;
    }

    @Override
    public void refresh(Invoice invoice) {
        s().refresh(invoice);
    }

    @Override
    public void flushAndClear() {
        s().flush();
        s().clear();
    }
}
