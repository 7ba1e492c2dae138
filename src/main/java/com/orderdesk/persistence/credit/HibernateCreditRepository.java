package com.orderdesk.persistence.credit;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.application.credit.CreditProfiles;
import com.orderdesk.application.credit.CreditRepository;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.credit.CreditCheckInput;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.credit.LimitChange;
import com.orderdesk.logic.credit.OpenItem;
import com.orderdesk.logic.credit.OpenOrder;
import com.orderdesk.logic.credit.OrderUnderCheck;
import com.orderdesk.logic.credit.PaymentRecord;
import com.orderdesk.logic.credit.PredictedBehaviour;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.credit.CreditHoldReasonRecord;
import com.orderdesk.model.credit.CreditReleaseRecord;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.CurrentSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.Session;

/** {@link CreditRepository} on orders, customers, invoices, hold reasons and releases, in the open unit of work. */
public final class HibernateCreditRepository implements CreditRepository {
    /** Orders entered but not yet invoiced: they count in the exposure at their full value. */
    public static final List<OrderStatus> UNINVOICED = List.of(OrderStatus.ENTERED, OrderStatus.CREDIT_HOLD,
            OrderStatus.RELEASED, OrderStatus.ALLOCATED, OrderStatus.SHIPPED);

    /**
     * The open statuses as HQL literals rather than a list parameter: Hibernate keeps no plan for a
     * query with a list parameter and translated these two again on every credit check.
     */
    private static final String UNINVOICED_LITERALS = literals(OrderStatus.class, UNINVOICED);
    private static final String OPEN_INVOICE_LITERALS = literals(InvoiceStatus.class,
            List.of(InvoiceStatus.OPEN, InvoiceStatus.PARTLY_PAID));

    private static <E extends Enum<E>> String literals(Class<E> type, List<E> values) {
        return "(" + String.join(", ", values.stream().map(v -> type.getName() + "." + v.name()).toList()) + ")";
    }

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Optional<SalesOrder> order(long orderId) {
        return Optional.ofNullable(s().find(SalesOrder.class, orderId));
    }

    @Override
    public Optional<Customer> customer(long customerId) {
        return Optional.ofNullable(s().find(Customer.class, customerId));
    }

    @Override
    public CreditCheckInput checkInput(SalesOrder order) {
        Customer c = order.customer();
        return new CreditCheckInput(CreditProfiles.profile(c, manualHoldNote(c)), openItems(c.id()), openOrders(c.id()),
                new OrderUnderCheck(order.id() == null ? -1 : order.id(), order.number(), order.total()),
                c.id() == null ? null : prediction(c.id()).orElse(null));
    }

    @Override
    public String manualHoldNote(Customer c) {
        if (!c.onManualHold()) {
            return null;
        }
        return s().createSelectionQuery("select a.reason from AuditRecord a where a.documentType = :t and a.documentId in :d"
                        + " and a.action = :a order by a.sequence desc", String.class)
                .setParameter("t", AuditActions.CUSTOMER).setParameterList("d", customerKeys(c.id(), c.number()))
                .setParameter("a", AuditActions.MANUAL_HOLD_ON).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    @Override
    public List<OpenItem> openItems(long customerId) {
        // with the customer's open cases: disputed amounts marked, parked deductions as items
        return com.orderdesk.persistence.claims.ClaimReceivables.withDisputes(s(), customerId, invoiceItems(customerId));
    }

    private List<OpenItem> invoiceItems(long customerId) {
        return s().createSelectionQuery("select i.number, i.issueDate, i.dueDate, i.openAmount from Invoice i "
                        + "where i.customer.id = :c and i.status in " + OPEN_INVOICE_LITERALS + " order by i.dueDate, i.number",
                        Object[].class)
                .setParameter("c", customerId)
                .getResultList().stream()
                .map(r -> new OpenItem((String) r[0], (LocalDate) r[1], (LocalDate) r[2], (Money) r[3]))
                .toList();
    }

    private List<OpenOrder> openOrders(long customerId) {
        return s().createSelectionQuery("select o.id, o.number, o.total from SalesOrder o "
                        + "where o.customer.id = :c and o.status in " + UNINVOICED_LITERALS, Object[].class)
                .setParameter("c", customerId)
                .getResultList().stream()
                .map(r -> new OpenOrder((Long) r[0], (String) r[1], (Money) r[2]))
                .toList();
    }

    @Override
    public boolean hasAuditedHistory(String orderNumber) {
        return !s().createNativeQuery("SELECT 1 FROM audit_entry WHERE doc_type = 'ORDER' AND doc_id = :o", Integer.class)
                .setParameter("o", orderNumber).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<CreditReleaseRecord> releaseOf(long orderId) {
        return s().createSelectionQuery("from CreditReleaseRecord r where r.order.id = :o", CreditReleaseRecord.class)
                .setParameter("o", orderId).getResultList().stream().findFirst(); // a list: a stream scrolls, which costs more
    }

    @Override
    public void removeRelease(CreditReleaseRecord release) {
        s().remove(release);
    }

    @Override
    public void addRelease(CreditReleaseRecord release) {
        s().persist(release);
    }

    @Override
    public void replaceReasons(SalesOrder order, List<CreditHoldReason> reasons) {
        // native: an HQL delete is translated again on every execution (Hibernate keeps no plan for it)
        s().createNativeQuery("DELETE FROM credit_hold_reason WHERE order_id = :o")
                .addSynchronizedEntityClass(CreditHoldReasonRecord.class)
                .setParameter("o", order.id()).executeUpdate();
        addReasons(order, reasons);
    }

    @Override
    public void addReasons(SalesOrder order, List<CreditHoldReason> reasons) {
        int position = 1;
        for (CreditHoldReason r : reasons) {
            s().persist(new CreditHoldReasonRecord(order, position++, r.code().name(), r.message()));
        }
    }

    /** A code a newer version wrote is left out rather than failing the whole detail. */
    @Override
    public List<CreditHoldReason> reasons(long orderId) {
        return s().createSelectionQuery("from CreditHoldReasonRecord r where r.order.id = :o order by r.position",
                        CreditHoldReasonRecord.class)
                .setParameter("o", orderId).getResultList().stream()
                .flatMap(r -> {
                    try {
                        return Stream.of(new CreditHoldReason(CreditReason.valueOf(r.code()), r.message()));
                    } catch (IllegalArgumentException unknownCode) {
                        return Stream.empty();
                    }
                })
                .toList();
    }

    @Override
    public Listing<HeldOrderRow> heldOrders() {
        return HoldQueueQuery.run(s());
    }

    @Override
    public List<SalesOrder> heldOrdersOf(long customerId) {
        return s().createSelectionQuery("from SalesOrder o where o.customer.id = :c and o.status = :h order by o.id",
                        SalesOrder.class)
                .setParameter("c", customerId).setParameter("h", OrderStatus.CREDIT_HOLD).getResultList();
    }

    /**
     * Settled invoices, newest first: an invoice marked PAID with its paid_on day stands for one
     * payment of its total.
     */
    @Override
    public List<PaymentRecord> recentPayments(long customerId, int limit) {
        List<Object[]> rows = s().createNativeQuery("select invoice_no, issue_date, due_date, paid_on, total_cents "
                        + "from invoice where customer_id = :c and status = 'PAID' and paid_on is not null "
                        + "order by paid_on desc, invoice_no desc", Object[].class)
                .setParameter("c", customerId).setMaxResults(limit).getResultList();
        List<PaymentRecord> out = new ArrayList<>();
        for (Object[] r : rows) {
            long cents = ((Number) r[4]).longValue();
            if (cents > 0) {
                out.add(new PaymentRecord((String) r[0], LocalDate.parse((String) r[1]), LocalDate.parse((String) r[2]),
                        LocalDate.parse((String) r[3]), Money.ofCents(cents)));
            }
        }
        return out;
    }

    @Override
    public List<LimitChange> limitHistory(long customerId) {
        Customer c = s().find(Customer.class, customerId);
        return s().createSelectionQuery("from AuditRecord a where a.documentType = :t and a.documentId in :d "
                        + "and a.action = :a order by a.sequence desc", AuditRecord.class)
                .setParameter("t", AuditActions.CUSTOMER).setParameterList("d", customerKeys(customerId, c == null ? null : c.number()))
                .setParameter("a", AuditActions.CREDIT_LIMIT_CHANGE).getResultList().stream()
                .map(a -> new LimitChange(a.at(), a.username(), terms(a.before()), terms(a.after()), a.reason()))
                .toList();
    }

    /**
     * The keys a customer's credit entries are filed under: its number (since tour13) and, for
     * entries written before, its row id.
     */
    private static List<String> customerKeys(long customerId, String number) {
        return number == null ? List.of(Long.toString(customerId)) : List.of(Long.toString(customerId), number);
    }

    /** The limit and risk class an entry stored; the desk words them (persistence returns data). */
    private static LimitChange.Terms terms(String json) {
        Map<String, String> v = AuditValues.parse(json);
        return new LimitChange.Terms(amount(v.get("creditLimit")), riskClass(v.get("riskClass")));
    }

    private static Money amount(String stored) {
        try {
            return stored == null ? null : Money.of(stored);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static RiskClass riskClass(String code) {
        try {
            return code == null ? null : RiskClass.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @Override
    public Optional<PredictedBehaviour> prediction(long customerId) {
        // plain JDBC: the collections desk's cache is no entity, so nothing in the session needs
        // flushing first (a native query flushed the whole session on every credit check)
        List<Object[]> rows = s().doReturningWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT as_of, p_late30, expected_days_late, behaviour"
                    + " FROM collection_prediction WHERE customer_id = ?")) {
                ps.setLong(1, customerId);
                List<Object[]> out = new ArrayList<>();
                try (java.sql.ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new Object[] {r.getObject(1), r.getObject(2), r.getObject(3), r.getObject(4)});
                    }
                }
                return out;
            }
        });
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        try {
            return Optional.of(new PredictedBehaviour(LocalDate.parse((String) r[0]), ((Number) r[1]).doubleValue(),
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3]));
        } catch (RuntimeException damaged) {
            // The cache is the collections desk's and is rebuilt every day: a damaged row must not
            // stop an order from being saved; it just has no prediction to show until then.
            return Optional.empty();
        }
    }

    @Override
    public void flush() {
        s().flush();
    }
}
