package com.orderdesk.logic.simulation;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.SettlementKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulator saw happen, kept as the kpi spec's four ledgers: it knows whether a person
 * touched each order and applied each payment, because it played those persons. Orders are kept by
 * their id in the book, invoices by number.
 */
public final class LedgerRecorder {
    /** An order as it stands in the run. */
    public static final class OrderTrack {
        final String orderNo;
        final String customerNo;
        final OrderChannel channel;
        final LocalDate entered;
        boolean touched;
        boolean cancelled;
        LocalDate shipped;
        int shipments;
        BigDecimal shippingCost = BigDecimal.ZERO;
        BigDecimal handlingCost = BigDecimal.ZERO;
        boolean complete = true;
        boolean onTime = true;
        boolean undamaged = true;
        boolean invoiceCorrect = true;

        OrderTrack(String orderNo, String customerNo, OrderChannel channel, LocalDate entered, boolean touched) {
            this.orderNo = orderNo;
            this.customerNo = customerNo;
            this.channel = channel;
            this.entered = entered;
            this.touched = touched;
        }

        public String orderNo() {
            return orderNo;
        }

        public boolean isShipped() {
            return shipped != null;
        }

        public boolean isCancelled() {
            return cancelled;
        }
    }

    private final Map<Long, OrderTrack> orders = new LinkedHashMap<>();
    private final Map<String, Ledgers.Invoice> invoices = new LinkedHashMap<>();
    private final List<Ledgers.Settlement> settlements = new ArrayList<>();
    private final List<Ledgers.Payment> payments = new ArrayList<>();

    public void orderEntered(long orderId, String orderNo, String customerNo, OrderChannel channel, LocalDate day, boolean touched) {
        orders.put(orderId, new OrderTrack(orderNo, customerNo, channel, day, touched));
    }

    public OrderTrack order(long orderId) {
        return orders.get(orderId);
    }

    public boolean knows(long orderId) {
        return orders.containsKey(orderId);
    }

    /** A person acted on the order (a review, a credit decision, a correction). */
    public void touched(long orderId) {
        OrderTrack o = orders.get(orderId);
        if (o != null) {
            o.touched = true;
        }
    }

    public void cancelled(long orderId) {
        OrderTrack o = orders.get(orderId);
        if (o != null) {
            o.cancelled = true;
        }
    }

    /** One shipment of the order left; {@code last}: nothing of the order is left to ship. */
    public void shipmentLeft(long orderId, LocalDate day, BigDecimal shippingCost, BigDecimal handlingCost, boolean shortPicked,
                             boolean late, boolean damaged, boolean last) {
        OrderTrack o = orders.get(orderId);
        if (o == null) {
            return;
        }
        o.shipments++;
        o.shippingCost = o.shippingCost.add(shippingCost);
        o.handlingCost = o.handlingCost.add(handlingCost);
        o.complete &= !shortPicked;
        o.onTime &= !late;
        o.undamaged &= !damaged;
        if (last) {
            o.shipped = day;
        }
    }

    public void invoiced(String invoiceNo, String customerNo, LocalDate day, LocalDate due, BigDecimal amount) {
        invoices.put(invoiceNo, new Ledgers.Invoice(invoiceNo, customerNo, day, due, amount));
    }

    public boolean knowsInvoice(String invoiceNo) {
        return invoices.containsKey(invoiceNo);
    }

    public void settled(String invoiceNo, LocalDate day, BigDecimal amount, SettlementKind kind) {
        if (amount.signum() != 0 && invoices.containsKey(invoiceNo)) {
            settlements.add(new Ledgers.Settlement(invoiceNo, day, amount, kind));
        }
    }

    public void paymentReceived(String paymentNo, LocalDate day, BigDecimal amount, boolean auto) {
        payments.add(new Ledgers.Payment(paymentNo, day, amount, auto));
    }

    public Iterable<OrderTrack> orders() {
        return orders.values();
    }

    public Ledgers ledgers() {
        List<Ledgers.Order> rows = new ArrayList<>(orders.size());
        for (OrderTrack o : orders.values()) {
            rows.add(new Ledgers.Order(o.orderNo, o.customerNo, o.channel, o.entered, o.touched, o.shipped, o.shipments,
                    o.shippingCost, o.handlingCost, o.complete, o.onTime, o.undamaged, o.invoiceCorrect));
        }
        return new Ledgers(List.copyOf(invoices.values()), settlements, payments, rows);
    }
}
