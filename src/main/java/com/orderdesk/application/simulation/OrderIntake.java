package com.orderdesk.application.simulation;

import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftLine;
import com.orderdesk.logic.capture.DraftStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.PoRegister;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.simulation.LedgerRecorder;
import com.orderdesk.logic.simulation.OrderMessages;
import com.orderdesk.logic.simulation.Policies;
import com.orderdesk.model.order.OrderStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A day's orders: customers phone them in (a clerk keys them through the order use case), or mail
 * them, send them by EDI or as a file. With the inbox those messages go through the capture engine:
 * a draft it calls touchless is saved as read; anything else a clerk reviews and saves as the
 * customer meant it (a touch). With {@code --capture keyed} a clerk keys every order.
 */
final class OrderIntake {
    private final SimulationParts parts;
    private final SimulatedBusiness business;
    private final LedgerRecorder ledger;
    private final Policies.Capture capture;
    private final CaptureEngine engine;
    private final PoRegister poNumbers = PoRegister.empty();
    private final SimulationCounts counts;
    private final Purchasing purchasing;
    private int control = 100;
    private int po = 0;

    OrderIntake(SimulationParts parts, SimulatedBusiness business, LedgerRecorder ledger, Policies.Capture capture,
                SimulationCounts counts, Purchasing purchasing) {
        this.purchasing = purchasing;
        this.parts = parts;
        this.business = business;
        this.ledger = ledger;
        this.capture = capture;
        this.counts = counts;
        this.engine = capture == Policies.Capture.INBOX ? new CaptureEngine(business.captureData) : null;
    }

    /** Takes {@code count} orders; {@code taken} hears each one taken (the progress bar moves within a day). */
    void takeOrders(LocalDate day, int count, Random r, java.util.function.IntConsumer taken) {
        for (int i = 0; i < count; i++) {
            taken.accept(i);
            SimulatedCustomer c = business.customers.get(r.nextInt(business.customers.size()));
            OrderChannel channel = channel(c, r);
            OrderMessages.Intended intended = intended(c, day, r);
            take(c, channel, intended, day, r);
        }
    }

    private static OrderChannel channel(SimulatedCustomer c, Random r) {
        int k = r.nextInt(100);
        OrderChannel wanted = k < 35 ? OrderChannel.PHONE : k < 65 ? OrderChannel.EMAIL : k < 90 ? OrderChannel.EDI : OrderChannel.FILE;
        if (wanted == OrderChannel.EDI && !c.sendsEdi()) {
            wanted = OrderChannel.EMAIL;
        }
        if (wanted == OrderChannel.EMAIL && !c.mails()) {
            wanted = OrderChannel.PHONE;
        }
        return wanted;
    }

    private OrderMessages.Intended intended(SimulatedCustomer c, LocalDate day, Random r) {
        int lines = 1 + Math.min(r.nextInt(4), r.nextInt(6));
        List<OrderMessages.Line> out = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        while (out.size() < lines) {
            ProductRow p = business.product(r);
            if (skus.contains(p.sku())) {
                continue;
            }
            skus.add(p.sku());
            out.add(new OrderMessages.Line(p.sku(), p.description(), 1 + r.nextInt(r.nextInt(10) < 8 ? 6 : 24)));
        }
        return new OrderMessages.Intended(c.number(), "S" + day.toString().replace("-", "") + "-" + (++po), c.shipToCode(), out);
    }

    private void take(SimulatedCustomer c, OrderChannel channel, OrderMessages.Intended intended, LocalDate day, Random r) {
        // drawn whatever the policy, so that keyed and inbox runs take the very same orders
        boolean byDescription = r.nextInt(100) < 15;
        Random mail = new Random(r.nextLong());
        if (channel == OrderChannel.PHONE || capture == Policies.Capture.KEYED) {
            save(c, channel, intended.poNumber(), keyed(intended), day, true);
            return;
        }
        InboundMessage message = switch (channel) {
            case EMAIL -> new InboundMessage(intended.poNumber() + ".eml",
                    OrderMessages.email(intended, c.sender(), "Buyer " + c.number(), day, byDescription, mail));
            case EDI -> new InboundMessage(intended.poNumber() + ".edi", OrderMessages.edi(intended, c.ediId(), day, ++control));
            default -> new InboundMessage(intended.poNumber() + ".csv", OrderMessages.csv(intended));
        };
        List<Draft> drafts = engine.capture(message, day, poNumbers);
        Draft d = drafts.size() == 1 ? drafts.get(0) : null;
        List<OrderLineDraft> read = d == null ? null : readLines(d);
        if (d != null && d.status() == DraftStatus.TOUCHLESS && c.number().equals(d.customerNo())
                && (d.shipTo() == null || d.shipTo().equals(c.shipToCode())) && read != null) {
            counts.capturedTouchless++;
            if (!sameOrder(read, keyed(intended))) {
                counts.capturedWrong++;
            }
            save(c, channel, intended.poNumber(), read, day, false);
        } else {
            counts.capturedForReview++;
            save(c, channel, intended.poNumber(), keyed(intended), day, true);
        }
    }

    private List<OrderLineDraft> keyed(OrderMessages.Intended intended) {
        return intended.lines().stream().map(l -> new OrderLineDraft(business.productBySku.get(l.sku()).id(), l.sku(),
                l.quantity(), null, null)).toList();
    }

    /** The draft's lines as order lines, or null when a line names no product of the book or no quantity. */
    private List<OrderLineDraft> readLines(Draft d) {
        List<OrderLineDraft> out = new ArrayList<>();
        for (DraftLine l : d.lines()) {
            ProductRow p = l.sku() == null ? null : business.productBySku.get(l.sku());
            if (p == null || l.quantity() == null || l.quantity() <= 0 || l.quantity() > 99_999) {
                return null;
            }
            out.add(new OrderLineDraft(p.id(), p.sku(), l.quantity().intValue(), null, null));
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean sameOrder(List<OrderLineDraft> a, List<OrderLineDraft> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).productId().equals(b.get(i).productId()) || a.get(i).quantity() != b.get(i).quantity()) {
                return false;
            }
        }
        return true;
    }

    private void save(SimulatedCustomer c, OrderChannel channel, String poNumber, List<OrderLineDraft> lines, LocalDate day,
                      boolean touched) {
        OrderDraft draft = new OrderDraft(null, null, c.id(), c.shipToId(), com.orderdesk.model.order.OrderChannel.valueOf(channel.name()),
                poNumber, null, null, lines);
        SavedOrder saved = parts.orders().save(parts.cast().clerk(), draft);
        lines.forEach(l -> purchasing.sold(l.productId()));
        ledger.orderEntered(saved.id(), saved.number(), c.number(), channel, day, touched);
        counts.ordersEntered++;
        if (saved.status() == OrderStatus.CREDIT_HOLD) {
            counts.creditHolds++;
        }
    }
}
