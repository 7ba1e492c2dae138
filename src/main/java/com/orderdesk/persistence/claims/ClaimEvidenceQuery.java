package com.orderdesk.persistence.claims;

import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.EvidenceLine;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimNote;
import com.orderdesk.model.claims.ClaimSettlement;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceLine;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Gathers a case's evidence with a handful of indexed queries (the case with its invoice, customer
 * and order; the order's lines; its shipments with their lines and nodes; the customer's other
 * cases; the case's notes and settlements), well inside the desk's 100 ms.
 */
final class ClaimEvidenceQuery {
    private static final int EARLIER = 25;

    private ClaimEvidenceQuery() {
    }

    static Optional<ClaimEvidence> run(Session s, long caseId) {
        ClaimCase c = s.createSelectionQuery("from ClaimCase c join fetch c.customer join fetch c.invoice i"
                + " left join fetch i.order left join fetch c.payment where c.id = :id", ClaimCase.class)
                .setParameter("id", caseId).getSingleResultOrNull();
        if (c == null) {
            return Optional.empty();
        }
        Invoice inv = c.invoice();
        SalesOrder order = inv.order();
        Map<Long, SalesOrderLine> orderLines = new HashMap<>();
        List<Shipment> shipments = List.of();
        if (order != null) {
            for (SalesOrderLine l : s.createSelectionQuery("from SalesOrderLine l where l.order = :o", SalesOrderLine.class)
                    .setParameter("o", order).getResultList()) {
                orderLines.put(l.id(), l);
            }
            shipments = s.createSelectionQuery("select distinct sh from Shipment sh join fetch sh.node left join fetch sh.lines"
                    + " where sh.order = :o order by sh.number", Shipment.class).setParameter("o", order).getResultList();
        }
        Long billedShipment = s.createSelectionQuery("select i.shipment.id from Invoice i where i.id = :i", Long.class)
                .setParameter("i", inv.id()).getSingleResultOrNull();
        Map<Long, Integer> shippedAll = new HashMap<>();
        Map<Long, Integer> shippedHere = new HashMap<>();
        List<ClaimEvidence.Shipment> shipped = new ArrayList<>();
        for (Shipment sh : shipments) {
            boolean here = billedShipment != null && billedShipment.equals(sh.id());
            List<ClaimEvidence.ShippedLine> lines = new ArrayList<>();
            for (ShipmentLine l : sh.lines()) {
                long ol = l.orderLine().id();
                lines.add(new ClaimEvidence.ShippedLine(l.orderLine().sku(), l.quantityPlanned(), l.quantityShipped()));
                if (l.quantityShipped() != null) {
                    shippedAll.merge(ol, l.quantityShipped(), Integer::sum);
                    if (here) {
                        shippedHere.merge(ol, l.quantityShipped(), Integer::sum);
                    }
                }
            }
            shipped.add(new ClaimEvidence.Shipment(sh.number(), sh.node().code(), sh.node().name(), sh.status().name(),
                    sh.carrier(), sh.trackingNumber(), sh.shipDate(), here, lines));
        }
        boolean anyConfirmed = !shippedAll.isEmpty();
        List<EvidenceLine> lines = new ArrayList<>();
        for (InvoiceLine l : inv.lines()) {
            SalesOrderLine ol = l.orderLineId() == null ? null : orderLines.get(l.orderLineId());
            Integer all = ol == null || !anyConfirmed ? null : shippedAll.getOrDefault(ol.id(), 0);
            // an invoice that names its shipment is judged on that shipment; an older one on all of the order's
            Integer onInvoice = ol == null ? null : billedShipment != null ? shippedHere.getOrDefault(ol.id(), 0) : all;
            lines.add(new EvidenceLine(l.lineNo(), l.sku(), l.description(), l.quantity(), l.unit(), l.unitPrice(), l.discountPct(),
                    l.net(), l.taxable(), ol == null ? null : ol.quantity(), onInvoice, all, null));
        }
        return Optional.of(new ClaimEvidence(header(c), invoice(inv), order(order), lines, shipped, payment(s, c), earlier(s, c),
                history(s, c), settlements(s, c), null));
    }

    private static ClaimEvidence.Case header(ClaimCase c) {
        return new ClaimEvidence.Case(c.id(), c.number(), c.kind(), c.origin(), c.status(), c.reason(), c.amount(), c.parked(),
                c.validAmount(), c.owner(), c.openedOn(), c.dueOn(), c.openedBy(), c.remittanceNote(), c.customer().number(),
                c.customer().name(), c.version());
    }

    private static ClaimEvidence.Invoice invoice(Invoice i) {
        return new ClaimEvidence.Invoice(i.number(), i.issueDate(), i.dueDate(), i.total(), i.openAmount(), i.credited(), i.tax(),
                i.terms());
    }

    private static ClaimEvidence.Order order(SalesOrder o) {
        if (o == null) {
            return new ClaimEvidence.Order(null, null, null, null, null);
        }
        return new ClaimEvidence.Order(o.number(), o.orderDate(), o.customerPo(), o.channel() == null ? null : o.channel().name(),
                o.shipToAddress() == null ? null : o.shipToAddress().oneLine());
    }

    private static ClaimEvidence.Payment payment(Session s, ClaimCase c) {
        CashPayment p = c.payment();
        if (p == null) {
            return null;
        }
        CashApplication a = c.cashApplication();
        return new ClaimEvidence.Payment(p.number(), p.receivedDate(), p.amount(), p.payerName(), p.reference(),
                a == null ? null : a.deduction(), a == null ? null : a.reasonCode());
    }

    private static List<ClaimEvidence.Earlier> earlier(Session s, ClaimCase c) {
        return s.createSelectionQuery("select o.number, o.reason, o.amount, o.status, o.openedOn, i.number, o.validAmount"
                        + " from ClaimCase o join o.invoice i where o.customer = :cu and o.id <> :id order by o.openedOn desc, o.id desc",
                        Object[].class)
                .setParameter("cu", c.customer()).setParameter("id", c.id()).setMaxResults(EARLIER).getResultList().stream()
                .map(r -> new ClaimEvidence.Earlier((String) r[0], (com.orderdesk.model.claims.ClaimReason) r[1], (Money) r[2],
                        (com.orderdesk.model.claims.ClaimStatus) r[3], (java.time.LocalDate) r[4], (String) r[5], (Money) r[6]))
                .toList();
    }

    private static List<ClaimEvidence.Note> history(Session s, ClaimCase c) {
        return s.createSelectionQuery("from ClaimNote n where n.claim = :c order by n.at, n.id", ClaimNote.class)
                .setParameter("c", c).getResultList().stream()
                .map(n -> new ClaimEvidence.Note(n.at(), n.user(), n.kind(), n.text())).toList();
    }

    private static List<ClaimEvidence.Settlement> settlements(Session s, ClaimCase c) {
        List<ClaimSettlement> rows = s.createSelectionQuery("from ClaimSettlement x left join fetch x.reversalOf"
                + " where x.claim = :c order by x.id", ClaimSettlement.class).setParameter("c", c).getResultList();
        Set<Long> reversed = new HashSet<>();
        rows.stream().filter(x -> x.reversalOf() != null).forEach(x -> reversed.add(x.reversalOf().id()));
        return rows.stream().map(x -> new ClaimEvidence.Settlement(x.documentNumber(), x.kind(), x.amount(), x.issuedOn(),
                x.issuedBy(), x.note(), x.reversalOf() == null ? null : x.reversalOf().documentNumber(), reversed.contains(x.id())))
                .toList();
    }
}
