package com.orderdesk.persistence.kpi;

import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.OrderCounts;
import com.orderdesk.persistence.StoredWholeNumbers;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shipped orders counted by the database (what the dashboard's opening needs of them): per ship
 * day, entered day, split (two shipments or more) and perfect, how many orders and what they cost,
 * from what each order records of its shipments (migration V28). On the 100,000-customer book that
 * is about 1,600 rows instead of 155,910 through the driver, which was the longer of the opening's
 * two reads. The same orders and flags as {@link OrdersReader#readShippedSummaries} lists, each
 * decided the same way:
 * <ul>
 * <li>perfect: shipped in full, on time, and no claim, return or credit memo against the order (the
 *     ids of {@link OrdersReader}'s flags, as one {@code NOT IN});</li>
 * <li>on time: compared as text in SQL only when the days compared are plain {@code YYYY-MM-DD}
 *     dates (then text order is date order); an order with any other stored day (damaged, padded,
 *     not a date) is counted apart and its on-time decided in Java by {@link StoredDay}, as the
 *     full read decides it;</li>
 * <li>the entered and ship days are grouped as stored and parsed here: an order whose day or channel
 *     does not read is passed over, as the full read passes it over.</li>
 * </ul>
 */
final class ShippedCounts {
    private static final String SHIPPED_ORDER = "o.last_ship_date IS NOT NULL AND o.status || '' IN ('SHIPPED', 'INVOICED', 'PAID')";
    /** Both recorded costs whole numbers: SQLite keeps 'abc' or 12.5 in a BIGINT column (decision 0012). */
    private static final String WHOLE_COSTS = StoredWholeNumbers.isWhole("o.ship_shipping_cents") + " AND "
            + StoredWholeNumbers.isWhole("o.ship_handling_cents");
    private static final String PROMISE = "COALESCE(o.deliver_by, o.requested_date)";
    /** On time 1, late 0, or 2: a day compared is not plain, decided in Java. */
    private static final String ON_TIME = "CASE WHEN " + PROMISE + " IS NULL THEN 1"
            + " WHEN NOT %1$s THEN 2"
            + " WHEN o.last_arrival_date IS NOT NULL THEN CASE WHEN NOT %2$s THEN 2"
            + " WHEN o.last_arrival_date <= " + PROMISE + " THEN 1 ELSE 0 END"
            + " WHEN NOT %3$s THEN 2 WHEN o.last_ship_date <= " + PROMISE + " THEN 1 ELSE 0 END";
    /** Complete and no claim, return or credit memo: perfect if also on time. */
    private static final String FLAWLESS = "CASE WHEN o.shipped_in_full AND o.id NOT IN ("
            + "SELECT order_id FROM return_authorization WHERE order_id IS NOT NULL AND status <> 'CANCELLED'"
            + " UNION ALL SELECT order_id FROM claim_case WHERE order_id IS NOT NULL AND withdrawn = FALSE AND reason IN ("
            + "'QUANTITY_SHORT', 'NOT_RECEIVED', 'DAMAGED', 'PRICING', 'TAX', 'FREIGHT', 'DUPLICATE_BILLING', 'PROMOTION')"
            + " UNION ALL SELECT i.order_id FROM credit_memo m JOIN invoice i ON i.id = m.invoice_id WHERE i.order_id IS NOT NULL"
            + " AND m.memo_no NOT IN (SELECT credit_memo_no FROM return_receipt WHERE credit_memo_no IS NOT NULL)"
            + " AND m.memo_no NOT IN (SELECT document_no FROM claim_settlement)) THEN 1 ELSE 0 END";
    private static final String CHANNELS = Arrays.stream(OrderChannel.values()).map(c -> "'" + c.name() + "'")
            .collect(Collectors.joining(", ", "o.channel IN (", ")"));

    private ShippedCounts() {
    }

    /**
     * The shipped orders counted; none read one by one unless a day compared for on-time is not plain. An order whose
     * recorded shipping or handling cost is no whole number ('abc', 12.5: SUM read them as 0 or a fraction) is left out
     * and named in {@code damaged}, as the full read names it.
     */
    static List<OrderCounts.Shipped> read(Connection connection, List<String> damaged) throws SQLException {
        String onTime = onTime(connection);
        java.util.Set<Long> leftOut = shipmentsLeftOut(connection, damaged);
        String shippedOrder = SHIPPED_ORDER + notIn(leftOut);
        List<OrderCounts.Shipped> counted = new ArrayList<>();
        boolean[] odd = {false};
        boolean[] notWhole = {false};
        ReceivablesReader.Rows.each(connection, "SELECT o.order_date, o.last_ship_date,"
                + " CASE WHEN o.ship_count >= 2 THEN 1 ELSE 0 END, " + FLAWLESS + ", " + onTime + ", COUNT(*),"
                + " SUM(COALESCE(o.ship_shipping_cents, 0) + COALESCE(o.ship_handling_cents, 0)),"
                + " CASE WHEN " + WHOLE_COSTS + " THEN 0 ELSE 1 END"
                + " FROM sales_order o WHERE " + shippedOrder + " AND " + CHANNELS + " GROUP BY 1, 2, 3, 4, 5, 8", rs -> {
            if (rs.getInt(8) == 1) {
                notWhole[0] = true;
                return;
            }
            int t = rs.getInt(5);
            if (t == 2) {
                odd[0] = true;
                return;
            }
            add(counted, rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getInt(4) == 1 && t == 1, rs.getInt(6), rs.getLong(7));
        });
        if (odd[0]) {
            // the orders with a day that is not plain, one by one: on time as OrdersReader.onTime decides it
            ReceivablesReader.Rows.each(connection, "SELECT o.order_date, o.last_ship_date,"
                    + " CASE WHEN o.ship_count >= 2 THEN 1 ELSE 0 END, " + FLAWLESS + ", " + PROMISE + ", o.last_arrival_date,"
                    + " COALESCE(o.ship_shipping_cents, 0) + COALESCE(o.ship_handling_cents, 0)"
                    + " FROM sales_order o WHERE " + shippedOrder + " AND " + CHANNELS + " AND " + WHOLE_COSTS
                    + " AND " + onTime + " = 2", rs -> {
                LocalDate shipped = StoredDay.parse(rs.getString(2));
                boolean onTimeHere = shipped != null
                        && OrdersReader.onTime(rs.getString(5), null, shipped, StoredDay.parse(rs.getString(6)));
                add(counted, rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getInt(4) == 1 && onTimeHere, 1, rs.getLong(7));
            });
        }
        if (notWhole[0]) {
            String shippingWhole = StoredWholeNumbers.isWhole("o.ship_shipping_cents");
            ReceivablesReader.Rows.each(connection, "SELECT o.order_no, o.id, CASE WHEN " + shippingWhole
                    + " THEN 'ship_handling_cents' ELSE 'ship_shipping_cents' END, CAST(CASE WHEN " + shippingWhole
                    + " THEN o.ship_handling_cents ELSE o.ship_shipping_cents END AS TEXT) FROM sales_order o WHERE "
                    + shippedOrder + " AND " + CHANNELS + " AND NOT (" + WHOLE_COSTS + ") ORDER BY o.id", rs ->
                    damaged.add("order " + rs.getString(1) + " (sales_order " + rs.getLong(2) + "): " + rs.getString(3) + " "
                            + StoredWholeNumbers.describe(rs.getString(4)) + "; left out of the figures"));
        }
        return counted;
    }

    private static void add(List<OrderCounts.Shipped> into, String enteredDay, String shippedDay, boolean split, boolean perfect,
                            int orders, long costCents) {
        LocalDate entered = StoredDay.parse(enteredDay);
        LocalDate shipped = StoredDay.parse(shippedDay);
        if (entered != null && shipped != null) {
            into.add(new OrderCounts.Shipped(shipped, entered, split, perfect, orders, costCents));
        }
    }

    /**
     * The orders with a shipment that left whose planned cost is no whole number, each shipment named in
     * {@code damaged}, and the orders shipped from a node whose costs are no whole number ({@link #nodesLeftOut}, the node named): the triggers summed it into its order as a number ('abc' less the handling), so the order is
     * left out of the figures, as the full read ({@link OrdersReader}) leaves it out. One pass over the shipments.
     */
    static java.util.Set<Long> shipmentsLeftOut(Connection connection, List<String> damaged) throws SQLException {
        java.util.Set<Long> leftOut = new java.util.TreeSet<>();
        ReceivablesReader.Rows.each(connection, "SELECT s.order_id, s.shipment_no, s.id, CAST(s.planned_cost_cents AS TEXT)"
                + " FROM shipment s WHERE s.status IN ('SHIPPED', 'INVOICED') AND NOT "
                + StoredWholeNumbers.isWhole("s.planned_cost_cents") + " ORDER BY s.id", rs -> {
            leftOut.add(rs.getLong(1));
            damaged.add(shipmentLeftOut(rs.getString(2), rs.getLong(3), rs.getString(4)));
        });
        java.util.Map<Long, String> nodes = nodesLeftOut(connection);
        for (java.util.Map.Entry<Long, String> node : nodes.entrySet()) {
            ReceivablesReader.Rows.each(connection, "SELECT DISTINCT s.order_id FROM shipment s WHERE s.status IN ('SHIPPED', 'INVOICED')"
                    + " AND s.node_id = " + node.getKey(), rs -> leftOut.add(rs.getLong(1)));
            damaged.add(node.getValue());
        }
        return leftOut;
    }

    /**
     * The nodes whose handling or picking cost is no whole number, by id, each with its name for {@code damaged}: the
     * handling of every shipment that left from it is read from them (node handling + picking per unit, capped at the
     * planned cost), 'abc' as 0 and 12.5 as a fraction, so the orders it shipped are left out of the figures by both
     * reads. A node is named once, not per order. One pass over the (few) nodes.
     */
    static java.util.Map<Long, String> nodesLeftOut(Connection connection) throws SQLException {
        java.util.Map<Long, String> nodes = new java.util.LinkedHashMap<>();
        String handlingWhole = StoredWholeNumbers.isWhole("n.handling_cents");
        ReceivablesReader.Rows.each(connection, "SELECT n.id, n.code, CASE WHEN " + handlingWhole
                + " THEN 'pick_per_unit_cents' ELSE 'handling_cents' END, CAST(CASE WHEN " + handlingWhole
                + " THEN n.pick_per_unit_cents ELSE n.handling_cents END AS TEXT) FROM fulfillment_node n WHERE NOT ("
                + handlingWhole + " AND " + StoredWholeNumbers.isWhole("n.pick_per_unit_cents") + ") ORDER BY n.id", rs ->
                nodes.put(rs.getLong(1), "node " + rs.getString(2) + " (fulfillment_node " + rs.getLong(1) + "): " + rs.getString(3)
                        + " " + StoredWholeNumbers.describe(rs.getString(4)) + "; the orders it shipped left out of the figures"));
        return nodes;
    }

    /** " AND o.id NOT IN (...)" for the orders left out, or nothing. */
    static String notIn(java.util.Set<Long> leftOut) {
        return leftOut.isEmpty() ? "" : " AND o.id NOT IN ("
                + leftOut.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /** "shipment SH-1 (shipment 5): planned_cost_cents \"abc\" is not a whole number; its order left out of the figures". */
    static String shipmentLeftOut(String shipmentNo, long id, String stored) {
        return "shipment " + shipmentNo + " (shipment " + id + "): planned_cost_cents " + StoredWholeNumbers.describe(stored)
                + "; its order left out of the figures";
    }

    /** The on-time expression with the plain-day test of the database's dialect. */
    private static String onTime(Connection connection) throws SQLException {
        boolean sqlite = "SQLite".equals(connection.getMetaData().getDatabaseProductName());
        return String.format(ON_TIME, plainDay(PROMISE, sqlite), plainDay("o.last_arrival_date", sqlite),
                plainDay("o.last_ship_date", sqlite));
    }

    /**
     * True when the stored day is a plain, valid {@code YYYY-MM-DD} date (the form the application
     * writes; {@link StoredDay} reads it as that date): four digits, a month 01-12 and a day of that
     * month (29 February in leap years only). The shape is tested first (GLOB on SQLite, a regular
     * expression on PostgreSQL), so the year is cast only when it is digits.
     */
    static String plainDay(String day, boolean sqlite) {
        String shape = sqlite ? day + " GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"
                : day + " ~ '^[0-9]{4}-[01][0-9]-[0-3][0-9]$'";
        String year = "CAST(SUBSTR(" + day + ", 1, 4) AS INTEGER)";
        String month = "SUBSTR(" + day + ", 6, 2)";
        String dom = "SUBSTR(" + day + ", 9, 2)";
        return "(CASE WHEN " + shape + " THEN " + month + " BETWEEN '01' AND '12' AND (" + dom + " BETWEEN '01' AND '28'"
                + " OR " + dom + " <= CASE " + month + " WHEN '02' THEN CASE WHEN " + year + " % 4 = 0 AND (" + year
                + " % 100 <> 0 OR " + year + " % 400 = 0) THEN '29' ELSE '28' END"
                + " WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END)"
                + " ELSE FALSE END)";
    }
}
