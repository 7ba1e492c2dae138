package com.orderdesk.persistence.order;

import com.orderdesk.application.order.OrderHistoryRepository;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.order.OrderHistory;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.CurrentSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * One order's life read in a handful of queries: the order, its shipments with their nodes and
 * lines, its invoices (with the day a history invoice was paid), their credit memos and cash
 * applications, and the audit entries about the order and its shipments (by the document index).
 */
public final class HibernateOrderHistoryRepository implements OrderHistoryRepository {
    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Optional<OrderHistory> history(long orderId) {
        SalesOrder o = s().find(SalesOrder.class, orderId);
        if (o == null) {
            return Optional.empty();
        }
        OrderHistory.Header header = new OrderHistory.Header(o.id(), o.number(), o.customer().name(), o.channel(),
                o.enteredBy(), o.enteredAt(), o.status(), o.total(), o.lines().size());
        List<Shipment> shipments = s().createSelectionQuery("from Shipment sh join fetch sh.node where sh.order.id = :o"
                + " order by sh.id", Shipment.class).setParameter("o", orderId).getResultList();
        List<OrderHistory.ShipmentFact> shipmentFacts = shipments.stream().map(HibernateOrderHistoryRepository::shipment).toList();
        List<Invoice> invoices = s().createSelectionQuery("from Invoice i left join fetch i.shipment where i.order.id = :o"
                + " order by i.id", Invoice.class).setParameter("o", orderId).getResultList();
        Map<String, LocalDate> paidOn = paidOn(orderId);
        List<OrderHistory.InvoiceFact> invoiceFacts = invoices.stream().map(i -> new OrderHistory.InvoiceFact(i.number(),
                i.shipment() == null ? null : i.shipment().number(), i.issueDate(), i.issuedAt(), i.issuedBy(), i.total(),
                i.openAmount(), i.status().name(), i.dueDate(), i.terms(), paidOn.get(i.number()))).toList();
        List<OrderHistory.MemoFact> memos = s().createSelectionQuery("from CreditMemo m join fetch m.invoice i"
                        + " where i.order.id = :o order by m.id", CreditMemo.class).setParameter("o", orderId).getResultList()
                .stream().map(m -> new OrderHistory.MemoFact(m.number(), m.invoice().number(), m.issueDate(), m.issuedAt(),
                        m.issuedBy(), m.total(), m.reason())).toList();
        List<OrderHistory.PaymentFact> payments = s().createSelectionQuery("from CashApplication a join fetch a.payment"
                        + " join fetch a.invoice i where i.order.id = :o order by a.id", CashApplication.class)
                .setParameter("o", orderId).getResultList().stream()
                .map(a -> new OrderHistory.PaymentFact(a.payment().number(), a.payment().receivedDate(), a.invoice().number(),
                        a.postedAt(), a.postedBy(), a.applied(), a.discount(), a.deduction(), a.reasonCode(), a.origin(),
                        a.reversalOf() != null, a.note())).toList();
        List<String> shipmentNumbers = shipments.stream().map(Shipment::number).toList();
        return Optional.of(new OrderHistory(header, audit(o.number(), shipmentNumbers), shipmentFacts, invoiceFacts, memos,
                payments));
    }

    private static OrderHistory.ShipmentFact shipment(Shipment sh) {
        String lines = sh.lines().stream().map(HibernateOrderHistoryRepository::line).collect(Collectors.joining(", "));
        return new OrderHistory.ShipmentFact(sh.number(), sh.node().code(), sh.node().name(), sh.status(), sh.units(), lines,
                sh.carrier(), sh.trackingNumber(), sh.shipDate(), sh.plannedAt(), sh.releasedAt(), sh.shippedAt(), sh.shippedBy());
    }

    private static String line(ShipmentLine l) {
        int q = l.quantityShipped() != null ? l.quantityShipped() : l.quantityPlanned();
        String shortNote = l.quantityShipped() != null && l.quantityShipped() < l.quantityPlanned()
                ? " of " + l.quantityPlanned() : "";
        return l.product().sku() + " \u00d7" + q + shortNote;
    }

    /** The day history invoices were settled (a column only the history and the credit desk read). */
    private static Map<String, LocalDate> paidOn(long orderId) {
        Map<String, LocalDate> out = new HashMap<>();
        for (Object[] r : s().createNativeQuery("SELECT invoice_no, paid_on FROM invoice WHERE order_id = :o AND paid_on IS NOT NULL",
                Object[].class).setParameter("o", orderId).getResultList()) {
            try {
                out.put((String) r[0], LocalDate.parse(r[1].toString()));
            } catch (RuntimeException e) {
                // a damaged day: the invoice shows without it
            }
        }
        return out;
    }

    private static List<AuditEntry> audit(String orderNumber, List<String> shipmentNumbers) {
        StringBuilder sql = new StringBuilder("SELECT seq, at, username, action, doc_type, doc_id, before_value, after_value,"
                + " reason, prev_hash, hash FROM audit_entry WHERE (doc_type = 'ORDER' AND doc_id = :o)");
        if (!shipmentNumbers.isEmpty()) {
            sql.append(" OR (doc_type = 'SHIPMENT' AND doc_id IN (:sh))");
        }
        var q = s().createNativeQuery(sql.append(" ORDER BY seq").toString(), Object[].class).setParameter("o", orderNumber);
        if (!shipmentNumbers.isEmpty()) {
            q.setParameterList("sh", shipmentNumbers);
        }
        List<AuditEntry> out = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            out.add(new AuditEntry(((Number) r[0]).longValue(), Instant.ofEpochMilli(((Number) r[1]).longValue()), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10]));
        }
        return out;
    }
}
