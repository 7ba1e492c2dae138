package com.orderdesk.logic.order;

import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.order.OrderHistory.InvoiceFact;
import com.orderdesk.logic.order.OrderHistory.MemoFact;
import com.orderdesk.logic.order.OrderHistory.PaymentFact;
import com.orderdesk.logic.order.OrderHistory.ShipmentFact;
import com.orderdesk.logic.order.TimelineEvent.Kind;
import com.orderdesk.logic.order.TimelineLink.Screen;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An order's life in the order it happened: entered, each credit decision with its reasons, the
 * routing plan and any override, each shipment, invoice, credit memo and payment, and its end
 * (paid or cancelled). Facts known only by their day (history written before times were kept)
 * are placed at noon of that day in the desk's zone and say so.
 */
public final class OrderTimeline {
    private final ZoneId zone;

    public OrderTimeline(ZoneId zone) {
        this.zone = zone;
    }

    public List<TimelineEvent> of(OrderHistory h) {
        OrderHistory.Header o = h.header();
        List<TimelineEvent> events = new ArrayList<>();
        String copied = AuditSteps.copiedFrom(h.audit()).orElse(null);
        String captured = AuditSteps.capturedFrom(h.audit()).orElse(null);
        events.add(new TimelineEvent(o.enteredAt(), true, Kind.ENTERED, "Entered",
                sentence("Taken " + channel(o) + " by " + o.enteredBy() + " for " + o.customerName()
                        + (copied == null ? "" : ", copied from " + copied)
                        + (captured == null ? "" : ", captured from " + captured)), o.enteredBy(),
                copied != null ? TimelineLink.to(Screen.ORDER, copied)
                        : captured != null ? new TimelineLink(Screen.ORIGINAL, captured, o.orderId(), null) : null));
        AuditSteps decisions = new AuditSteps(o);
        Map<String, String> releasedBy = new LinkedHashMap<>();
        for (AuditEntry e : h.audit()) {
            decisions.step(e).ifPresent(events::add);
            if ("SHIPMENT_RELEASED".equals(e.action())) {
                releasedBy.put(e.documentId(), e.user());
            }
        }
        routing(h, events);
        for (ShipmentFact s : h.shipments()) {
            shipment(o, s, releasedBy.get(s.number()), events);
        }
        h.invoices().forEach(i -> events.add(invoice(i)));
        h.memos().forEach(m -> events.add(new TimelineEvent(m.issuedAt(), true, Kind.CREDIT_MEMO, "Credit memo",
                m.number() + " credits " + TimelineText.money(m.total()) + " on " + m.invoiceNumber() + ": "
                        + TimelineText.sentence(m.reason()), m.issuedBy(), TimelineLink.to(Screen.INVOICES, m.number()))));
        h.payments().forEach(p -> events.add(payment(p)));
        historyPayments(h, events);
        if (o.status() == OrderStatus.PAID) {
            Instant settled = events.stream().filter(e -> e.kind() == Kind.PAYMENT || e.kind() == Kind.CREDIT_MEMO)
                    .map(TimelineEvent::at).max(Comparator.naturalOrder()).orElse(null);
            if (settled != null) {
                events.add(new TimelineEvent(settled, true, Kind.PAID, "Paid",
                        "Every invoice of the order is settled; nothing is owed on it.", null, null));
            }
        }
        events.sort(Comparator.comparing(TimelineEvent::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(TimelineEvent::kind));
        return events;
    }

    /** Ends with one period: a name that ends in one ("Co.") read "Co.." (tour13). */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String channel(OrderHistory.Header o) {
        return o.channel() == null ? "" : switch (o.channel().name()) {
            case "PHONE" -> "by phone";
            case "EMAIL" -> "from an email";
            case "EDI" -> "by EDI";
            default -> "by " + o.channel().label().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** One step per routing run: the shipments it planned (those an override later replaced say so). */
    private static void routing(OrderHistory h, List<TimelineEvent> events) {
        Map<Instant, List<ShipmentFact>> runs = h.shipments().stream().filter(s -> s.plannedAt() != null)
                .collect(Collectors.groupingBy(ShipmentFact::plannedAt, LinkedHashMap::new, Collectors.toList()));
        runs.forEach((at, shipments) -> events.add(new TimelineEvent(at, true, Kind.ROUTED, "Routing plan",
                "Planned " + shipments.stream().map(s -> s.number() + " from " + s.nodeCode() + " " + s.nodeName()
                        + " (" + s.lines() + ")" + (s.status() == ShipmentStatus.CANCELLED && s.shippedAt() == null
                        ? ", later replaced or called back" : "")).collect(Collectors.joining("; ")) + ".", null,
                new TimelineLink(Screen.FULFILLMENT, h.header().number(), h.header().orderId(), null))));
    }

    private static void shipment(OrderHistory.Header o, ShipmentFact s, String releasedBy, List<TimelineEvent> events) {
        TimelineLink link = new TimelineLink(Screen.FULFILLMENT, o.number(), o.orderId(), null);
        if (s.releasedAt() != null) {
            events.add(new TimelineEvent(s.releasedAt(), true, Kind.SHIPMENT_RELEASED, "Released to the warehouse",
                    s.number() + " went to " + s.nodeCode() + " " + s.nodeName() + " to be picked (pick list printed).",
                    releasedBy, link));
        }
        if (s.shippedAt() != null) {
            boolean nothing = s.status() == ShipmentStatus.CANCELLED;
            String tracking = s.trackingNumber() == null || s.trackingNumber().isBlank() ? "no tracking number"
                    : "tracking " + s.trackingNumber();
            events.add(new TimelineEvent(s.shippedAt(), true, Kind.SHIPPED, nothing ? "Nothing shipped" : "Shipped",
                    nothing ? s.number() + " at " + s.nodeCode() + " shipped nothing; the order was routed again."
                            : s.number() + " left " + s.nodeCode() + " " + s.nodeName() + " on " + TimelineText.date(s.shipDate())
                            + " with " + Objects.requireNonNullElse(s.carrier(), "an unnamed carrier") + ", " + tracking
                            + " (" + s.lines() + ").", s.shippedBy(), link));
        }
    }

    private TimelineEvent invoice(InvoiceFact i) {
        boolean timeKnown = i.issuedAt() != null;
        Instant at = timeKnown ? i.issuedAt() : noon(i.issueDate());
        String standing = i.open().isZero() ? " It is settled." : i.open().equals(i.total()) ? " Nothing is paid yet."
                : " " + TimelineText.money(i.open()) + " is still open.";
        return new TimelineEvent(at, timeKnown, Kind.INVOICED, "Invoiced",
                i.number() + " for " + TimelineText.money(i.total()) + (i.shipmentNumber() == null ? "" : ", shipment "
                        + i.shipmentNumber()) + ", due " + TimelineText.date(i.dueDate()) + " (" + i.terms() + ")." + standing,
                i.issuedBy(), TimelineLink.to(Screen.INVOICES, i.number()));
    }

    private static TimelineEvent payment(PaymentFact p) {
        TimelineLink link = new TimelineLink(Screen.CASH, p.paymentNumber(), null, p.received());
        if (p.reversal()) {
            return new TimelineEvent(p.postedAt(), true, Kind.PAYMENT_REVERSED, "Payment reversed",
                    p.paymentNumber() + " was taken back from " + p.invoiceNumber() + " ("
                            + TimelineText.money(p.applied().negate()) + ")"
                            + (p.note() == null || p.note().isBlank() ? "." : ": " + TimelineText.sentence(p.note())),
                    p.postedBy(), link);
        }
        StringBuilder sb = new StringBuilder(p.paymentNumber()).append(", received ").append(TimelineText.date(p.received()))
                .append(", pays ").append(TimelineText.money(p.applied())).append(" on ").append(p.invoiceNumber());
        if (p.discount().isPositive()) {
            sb.append(", discount ").append(TimelineText.money(p.discount()));
        }
        if (p.deduction().isPositive()) {
            sb.append(", deduction ").append(TimelineText.money(p.deduction()))
                    .append(p.reasonCode() == null ? "" : " (" + TimelineText.words(p.reasonCode()) + ")");
        }
        sb.append("AUTO".equals(p.origin()) ? "; matched by the engine." : ".");
        return new TimelineEvent(p.postedAt(), true, Kind.PAYMENT, "Payment applied", sb.toString(), p.postedBy(), link);
    }

    /** Invoices settled in the history written before cash was applied here: their day, without a payment behind it. */
    private void historyPayments(OrderHistory h, List<TimelineEvent> events) {
        for (InvoiceFact i : h.invoices()) {
            boolean applied = h.payments().stream().anyMatch(p -> p.invoiceNumber().equals(i.number()));
            if (!applied && i.paidOn() != null && i.open().isZero()) {
                events.add(new TimelineEvent(noon(i.paidOn()), false, Kind.PAYMENT, "Paid (history)",
                        i.number() + " was paid in full on " + TimelineText.date(i.paidOn())
                                + ", before payments were applied in Order Desk.", null, TimelineLink.to(Screen.INVOICES, i.number())));
            }
        }
    }

    private Instant noon(LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }
}
