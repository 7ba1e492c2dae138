package com.orderdesk.persistence.kpi;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orders ledger: each order with its channel, whether a person touched it ({@code order_touch}),
 * and once its last shipment left: how many shipments it took, what they cost, and the four
 * quality flags the book can tell: complete (every line shipped in full, no shortage claim), on
 * time (the last shipment arrives, or left when no arrival is known, by the order's deliver-by or
 * requested date; no promise is on time), undamaged (no damage claim, no return) and invoiced right
 * (no billing claim, no credit memo other than for a return or a claim).
 */
final class OrdersReader {
    private static final String SHIPPED = "('SHIPPED', 'INVOICED')";
    private static final Set<String> SHIPPED_ORDER = Set.of("SHIPPED", "INVOICED", "PAID");
    private static final Set<String> SHORT_REASONS = Set.of("QUANTITY_SHORT", "NOT_RECEIVED");
    private static final Set<String> BILLING_REASONS = Set.of("PRICING", "TAX", "FREIGHT", "DUPLICATE_BILLING", "PROMOTION");

    private final Connection connection;
    private final List<String> damaged;
    private final CustomerNumbers customers;

    OrdersReader(Connection connection, List<String> damaged, CustomerNumbers customers) {
        this.connection = connection;
        this.damaged = damaged;
        this.customers = customers;
    }

    /** What the shipments of one order add up to. */
    private static final class Shipped {
        int count;
        LocalDate lastShipped;
        LocalDate lastArrival;
        long shippingCents;
        long handlingCents;
    }

    List<Ledgers.Order> read() throws SQLException {
        Set<Long> touched = ids("SELECT DISTINCT order_id FROM order_touch");
        Map<Long, Shipped> shipped = shipments();
        Set<Long> incomplete = incompleteOrders();
        Set<Long> damagedGoods = ids("SELECT DISTINCT order_id FROM return_authorization WHERE order_id IS NOT NULL"
                + " AND status <> 'CANCELLED'");
        Set<Long> wrongInvoice = ids("SELECT DISTINCT i.order_id FROM credit_memo m JOIN invoice i ON i.id = m.invoice_id"
                + " WHERE i.order_id IS NOT NULL"
                + " AND m.memo_no NOT IN (SELECT credit_memo_no FROM return_receipt WHERE credit_memo_no IS NOT NULL)"
                + " AND m.memo_no NOT IN (SELECT document_no FROM claim_settlement)");
        ReceivablesReader.Rows.each(connection, "SELECT order_id, reason FROM claim_case WHERE order_id IS NOT NULL"
                + " AND withdrawn = FALSE", rs -> {
            String reason = rs.getString(2);
            long order = rs.getLong(1);
            if (SHORT_REASONS.contains(reason)) {
                incomplete.add(order);
            } else if ("DAMAGED".equals(reason)) {
                damagedGoods.add(order);
            } else if (BILLING_REASONS.contains(reason)) {
                wrongInvoice.add(order);
            }
        });
        List<Ledgers.Order> orders = new ArrayList<>();
        ReceivablesReader.Rows.each(connection, "SELECT o.id, o.order_no, o.customer_id, o.channel, o.order_date, o.status,"
                + " o.deliver_by, o.requested_date FROM sales_order o ORDER BY o.id", rs -> {
            String customer = customers.of(rs.getLong(3));
            long id = rs.getLong(1);
            String number = rs.getString(2);
            LocalDate entered = StoredDay.parse(rs.getString(5));
            OrderChannel channel = channel(rs.getString(4));
            if (entered == null || channel == null) {
                damaged.add("order " + number + ": order date \"" + rs.getString(5) + "\" or channel \"" + rs.getString(4)
                        + "\" not readable; left out of the figures");
                return;
            }
            Shipped s = SHIPPED_ORDER.contains(rs.getString(6)) ? shipped.get(id) : null;
            if (s == null || s.lastShipped == null) {
                orders.add(new Ledgers.Order(number, customer, channel, entered, touched.contains(id), null, 0, null,
                        null, false, false, false, false));
                return;
            }
            LocalDate promise = StoredDay.parse(rs.getString(7) != null ? rs.getString(7) : rs.getString(8));
            LocalDate arrival = s.lastArrival != null ? s.lastArrival : s.lastShipped;
            boolean onTime = promise == null || !arrival.isAfter(promise);
            orders.add(new Ledgers.Order(number, customer, channel, entered, touched.contains(id), s.lastShipped,
                    s.count, ReceivablesReader.cents(s.shippingCents), ReceivablesReader.cents(s.handlingCents),
                    !incomplete.contains(id), onTime, !damagedGoods.contains(id), !wrongInvoice.contains(id)));
        });
        return orders;
    }

    private static OrderChannel channel(String stored) {
        try {
            return stored == null ? null : OrderChannel.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Shipments that left; the handling part of a shipment's cost is the node's handling and picking. */
    private Map<Long, Shipped> shipments() throws SQLException {
        Map<Long, Shipped> byOrder = new HashMap<>();
        ReceivablesReader.Rows.each(connection, "SELECT s.order_id, s.ship_date, s.delivery_date, s.planned_cost_cents,"
                + " n.handling_cents + n.pick_per_unit_cents * s.units FROM shipment s"
                + " JOIN fulfillment_node n ON n.id = s.node_id WHERE s.status IN " + SHIPPED, rs -> {
            Shipped s = byOrder.computeIfAbsent(rs.getLong(1), k -> new Shipped());
            s.count++;
            LocalDate left = StoredDay.parse(rs.getString(2));
            if (left != null && (s.lastShipped == null || left.isAfter(s.lastShipped))) {
                s.lastShipped = left;
                s.lastArrival = StoredDay.parse(rs.getString(3));
            }
            long handling = Math.min(rs.getLong(5), rs.getLong(4));
            s.handlingCents += handling;
            s.shippingCents += rs.getLong(4) - handling;
        });
        return byOrder;
    }

    /** Orders with a line that shipped less than ordered (a short pick never made up). */
    private Set<Long> incompleteOrders() throws SQLException {
        Map<Long, Long> shippedByLine = new HashMap<>();
        ReceivablesReader.Rows.each(connection, "SELECT sl.order_line_id, SUM(COALESCE(sl.qty_shipped, sl.qty_planned))"
                + " FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id WHERE s.status IN " + SHIPPED
                + " GROUP BY sl.order_line_id", rs -> shippedByLine.put(rs.getLong(1), rs.getLong(2)));
        Set<Long> incomplete = new HashSet<>();
        // only the lines of orders that shipped something: the others have no shipped date, so no flag to set
        ReceivablesReader.Rows.each(connection, "SELECT l.order_id, l.id, l.qty FROM sales_order_line l WHERE l.order_id IN"
                + " (SELECT s.order_id FROM shipment s WHERE s.status IN " + SHIPPED + ")", rs -> {
            if (shippedByLine.getOrDefault(rs.getLong(2), 0L) < rs.getLong(3)) {
                incomplete.add(rs.getLong(1));
            }
        });
        return incomplete;
    }

    private Set<Long> ids(String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        ReceivablesReader.Rows.each(connection, sql, rs -> ids.add(rs.getLong(1)));
        return ids;
    }
}
