package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.fulfillment.routing.FulfillmentNode;
import com.orderdesk.logic.fulfillment.routing.NodeType;
import com.orderdesk.logic.fulfillment.routing.RateCard;
import com.orderdesk.logic.fulfillment.routing.StockLevel;
import com.orderdesk.logic.fulfillment.routing.ZoneBand;
import com.orderdesk.model.common.GeoPoint;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads what the router needs straight from the tables, on the caller's connection (so inside a
 * write transaction it sees exactly what that transaction will change): the rate card and
 * backorder penalty (V6), the active nodes, and stock of the products being routed.
 */
final class RoutingData {
    /** An active node with its database id and display name beside the router's view of it. */
    record Node(long id, String name, com.orderdesk.model.fulfillment.NodeType kind, FulfillmentNode routing, int openShipments) {
        boolean atCapacity() {
            Integer cap = routing.capacityShipments();
            return cap != null && openShipments >= cap;
        }
    }

    /** One inventory row: node and product ids, codes, and the three quantities. */
    record Stock(long id, long nodeId, String nodeCode, long productId, String sku, int onHand, int reserved, int safetyStock) {
        int available() {
            return Math.max(0, onHand - reserved - safetyStock);
        }
    }

    private RoutingData() {
    }

    static RateCard rateCard(Connection c) throws SQLException {
        List<ZoneBand> zones = new ArrayList<>();
        Map<Integer, Double> perKg = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT zone, max_km, per_kg_above_max_cents FROM rate_zone ORDER BY zone");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double km = rs.getDouble(2);
                Double maxKm = rs.wasNull() ? null : km;   // read before any other column: wasNull is about the last one
                zones.add(new ZoneBand(rs.getInt(1), maxKm));
                perKg.put(rs.getInt(1), rs.getLong(3) / 100.0);
            }
        }
        List<Double> breaks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT max_grams FROM rate_weight_break ORDER BY idx");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                breaks.add(rs.getInt(1) / 1000.0);
            }
        }
        Map<Integer, List<Double>> prices = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT zone, price_cents FROM rate_price ORDER BY zone, idx");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                prices.computeIfAbsent(rs.getInt(1), z -> new ArrayList<>()).add(rs.getLong(2) / 100.0);
            }
        }
        return new RateCard(zones, breaks, prices, perKg);
    }

    static double backorderPenalty(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM routing_setting WHERE name = 'backorder_penalty_per_unit'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new BigDecimal(rs.getString(1)).doubleValue() : 25.0;
        }
    }

    /** Active nodes with a location, and how many open (not yet shipped) shipments each has. */
    static List<Node> nodes(Connection c) throws SQLException {
        Map<Long, Integer> open = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT node_id, COUNT(*) FROM shipment WHERE status IN ('PLANNED', 'RELEASED', 'PICKED') GROUP BY node_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                open.put(rs.getLong(1), rs.getInt(2));
            }
        }
        List<Node> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, node_type, lat, lon, handling_cents, "
                + "pick_per_unit_cents, capacity_shipments FROM fulfillment_node "
                + "WHERE active = ? AND lat IS NOT NULL AND lon IS NOT NULL ORDER BY code")) {
            ps.setBoolean(1, true);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    var kind = com.orderdesk.model.fulfillment.NodeType.valueOf(rs.getString(4));
                    int cap = rs.getInt(9);
                    Integer capacity = rs.wasNull() ? null : cap;
                    FulfillmentNode routing = new FulfillmentNode(rs.getString(2), NodeType.valueOf(kind.name()),
                            new GeoPoint(rs.getDouble(5), rs.getDouble(6)), rs.getLong(7) / 100.0, rs.getLong(8) / 100.0, capacity);
                    out.add(new Node(id, rs.getString(3), kind, routing, open.getOrDefault(id, 0)));
                }
            }
        }
        return out;
    }

    /** Stock rows of the given products at active nodes. */
    static List<Stock> stock(Connection c, Collection<Long> productIds) throws SQLException {
        List<Stock> out = new ArrayList<>();
        if (productIds.isEmpty()) {
            return out;
        }
        String in = productIds.stream().map(id -> "?").collect(Collectors.joining(","));
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.node_id, n.code, i.product_id, p.sku, i.on_hand, "
                + "i.reserved, i.safety_stock FROM inventory i JOIN fulfillment_node n ON n.id = i.node_id "
                + "JOIN product p ON p.id = i.product_id WHERE n.active = ? AND i.product_id IN (" + in + ")")) {
            int k = 1;
            ps.setBoolean(k++, true);
            for (Long id : productIds) {
                ps.setLong(k++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stock(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                }
            }
        }
        return out;
    }

    /** Router stock levels: on hand less what others reserved ({@code givenBack} adds this order's own reservations back). */
    static List<StockLevel> levels(List<Stock> stock, Map<String, Integer> givenBack) {
        List<StockLevel> out = new ArrayList<>();
        for (Stock s : stock) {
            int back = givenBack.getOrDefault(s.nodeCode() + "|" + s.sku(), 0);
            out.add(new StockLevel(s.nodeCode(), s.sku(), Math.max(0, s.onHand() - s.reserved() + back), s.safetyStock()));
        }
        return out;
    }

    /**
     * Takes {@code qty} more units into reservation only if they are still available. With SQLite the
     * write transaction already serialises desks; on PostgreSQL the conditional update is evaluated
     * against the row as committed, under its row lock, so two desks cannot both take the last units.
     */
    static boolean reserve(Connection c, long nodeId, long productId, int qty) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE inventory SET reserved = reserved + ?, version = version + 1 "
                + "WHERE node_id = ? AND product_id = ? AND on_hand - reserved - safety_stock >= ?")) {
            ps.setInt(1, qty);
            ps.setLong(2, nodeId);
            ps.setLong(3, productId);
            ps.setInt(4, qty);
            return ps.executeUpdate() == 1;
        }
    }

    /** Gives back a reservation (a cancelled or re-planned shipment). */
    static void unreserve(Connection c, long nodeId, long productId, int qty) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE inventory SET reserved = CASE WHEN reserved > ? THEN reserved - ? ELSE 0 END, "
                + "version = version + 1 WHERE node_id = ? AND product_id = ?")) {
            ps.setInt(1, qty);
            ps.setInt(2, qty);
            ps.setLong(3, nodeId);
            ps.setLong(4, productId);
            ps.executeUpdate();
        }
    }

    /**
     * Goods leave the node: on hand drops by what shipped, the reservation by what was planned. A
     * short pick means the shelf did not hold what the books said, so on hand drops by the
     * shortfall as well (the count is corrected; never below zero).
     */
    static void ship(Connection c, long nodeId, long productId, int planned) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE inventory SET "
                + "on_hand = CASE WHEN on_hand > ? THEN on_hand - ? ELSE 0 END, "
                + "reserved = CASE WHEN reserved > ? THEN reserved - ? ELSE 0 END, version = version + 1 "
                + "WHERE node_id = ? AND product_id = ?")) {
            ps.setInt(1, planned);
            ps.setInt(2, planned);
            ps.setInt(3, planned);
            ps.setInt(4, planned);
            ps.setLong(5, nodeId);
            ps.setLong(6, productId);
            ps.executeUpdate();
        }
    }
}
