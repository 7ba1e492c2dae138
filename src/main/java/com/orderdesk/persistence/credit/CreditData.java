package com.orderdesk.persistence.credit;

import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.credit.CreditCheckInput;
import com.orderdesk.logic.credit.CreditRelease;
import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.logic.credit.OpenItem;
import com.orderdesk.logic.credit.OpenOrder;
import com.orderdesk.logic.credit.OrderUnderCheck;
import com.orderdesk.logic.credit.PaymentRecord;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.credit.CreditReleaseRecord;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** Gathers what a credit check reads, inside the caller's session. */
public final class CreditData {
    /** Orders entered but not yet invoiced: they count in the exposure at their full value. */
    public static final List<OrderStatus> UNINVOICED = List.of(OrderStatus.ENTERED, OrderStatus.CREDIT_HOLD,
            OrderStatus.RELEASED, OrderStatus.ALLOCATED, OrderStatus.SHIPPED);

    private CreditData() {
    }

    public static CustomerCreditProfile profile(Customer c, String manualHoldNote) {
        return new CustomerCreditProfile(c.id(), c.name(), c.riskClass(), c.creditLimit().orElse(null),
                c.customerSince(), c.onManualHold(), manualHoldNote, c.creditReviewDate().orElse(null));
    }

    public static CreditCheckInput input(Session s, SalesOrder order) {
        Customer c = order.customer();
        return new CreditCheckInput(profile(c, manualHoldNote(s, c)), openItems(s, c.id()), openOrders(s, c.id()),
                new OrderUnderCheck(order.id() == null ? -1 : order.id(), order.number(), order.total()));
    }

    /** The note typed when the customer was put on manual hold (from the audit trail), or null. */
    public static String manualHoldNote(Session s, Customer c) {
        if (!c.onManualHold()) {
            return null;
        }
        return s.createSelectionQuery("select a.reason from AuditRecord a where a.documentType = :t and a.documentId = :d"
                        + " and a.action = :a order by a.sequence desc", String.class)
                .setParameter("t", AuditActions.CUSTOMER).setParameter("d", Long.toString(c.id()))
                .setParameter("a", AuditActions.MANUAL_HOLD_ON).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    public static List<OpenItem> openItems(Session s, long customerId) {
        return s.createSelectionQuery("select i.number, i.issueDate, i.dueDate, i.openAmount from Invoice i "
                        + "where i.customer.id = :c and i.status in :open order by i.dueDate, i.number", Object[].class)
                .setParameter("c", customerId)
                .setParameter("open", List.of(InvoiceStatus.OPEN, InvoiceStatus.PARTLY_PAID))
                .getResultList().stream()
                .map(r -> new OpenItem((String) r[0], (LocalDate) r[1], (LocalDate) r[2], (Money) r[3]))
                .toList();
    }

    public static List<OpenOrder> openOrders(Session s, long customerId) {
        return s.createSelectionQuery("select o.id, o.number, o.total from SalesOrder o "
                        + "where o.customer.id = :c and o.status in :open", Object[].class)
                .setParameter("c", customerId)
                .setParameter("open", UNINVOICED)
                .getResultList().stream()
                .map(r -> new OpenOrder((Long) r[0], (String) r[1], (Money) r[2]))
                .toList();
    }

    public static CreditReleaseRecord releaseRecord(Session s, long orderId) {
        return s.createSelectionQuery("from CreditReleaseRecord r where r.order.id = :o", CreditReleaseRecord.class)
                .setParameter("o", orderId).getResultStream().findFirst().orElse(null);
    }

    public static CreditRelease release(CreditReleaseRecord r) {
        return r == null ? null : new CreditRelease(r.order().id(), r.releasedValue(), r.releasedOn(), r.releasedBy());
    }

    /**
     * Settled invoices, newest first. Until the cash issue adds a payment table, an invoice marked
     * PAID with its paid_on day stands in for one payment of its total.
     */
    public static List<PaymentRecord> recentPayments(Session s, long customerId, int limit) {
        List<Object[]> rows = s.createNativeQuery("select invoice_no, issue_date, due_date, paid_on, total_cents "
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
}
