package com.orderdesk.persistence.fulfillment;

import com.orderdesk.application.fulfillment.NodeRow;
import com.orderdesk.application.fulfillment.StockRow;
import com.orderdesk.logic.fulfillment.ServiceSetting;
import com.orderdesk.logic.fulfillment.routing.CarrierService;
import com.orderdesk.logic.fulfillment.routing.FulfillmentNode;
import com.orderdesk.logic.fulfillment.routing.NodeType;
import com.orderdesk.logic.fulfillment.routing.RateCard;
import com.orderdesk.logic.fulfillment.routing.ZoneBand;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.persistence.StoredValues;
import com.orderdesk.application.fulfillment.RoutingBook;
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
import org.hibernate.Session;

/**
 * Reads what the router needs straight from the tables, in the caller's session (so inside a
 * write transaction it sees exactly what that transaction will change): the rate card and
 * backorder penalty (V6) with the active carrier services (V14), the active nodes with their handling days, and stock of the products being routed.
 *
 * <p>Plain JDBC on the session's connection, after one flush of the session: every order routed on
 * release reads these eight small tables, and as Hibernate native queries each flushed (dirty-checked)
 * the whole session first, which cost several times the reads themselves.
 */
final class RoutingTables {
    static final double DEFAULT_PENALTY = 25.0;

    private RoutingTables() {
    }

    /** Everything the router needs for {@code productIds}, in one visit to the connection. */
    static RoutingBook book(Session s, Collection<Long> productIds) {
        flushWrites(s);
        return s.doReturningWork(c -> {
            Rows rows = new Rows(c);
            return new RoutingBook(nodes(rows), stock(rows, productIds), rateCard(rows), backorderPenalty(rows));
        });
    }

    static RateCard rateCard(Session s) {
        return s.doReturningWork(c -> rateCard(new Rows(c)));
    }

    static double backorderPenalty(Session s) {
        return s.doReturningWork(c -> backorderPenalty(new Rows(c)));
    }

    static List<ServiceSetting> services(Session s, boolean activeOnly) {
        return s.doReturningWork(c -> services(new Rows(c), activeOnly));
    }

    static List<StockRow> stock(Session s, Collection<Long> productIds) {
        flushWrites(s);
        return s.doReturningWork(c -> stock(new Rows(c), productIds));
    }

    /** A write unit's pending changes (shipments, reservations) go to the tables first; a read has none. */
    private static void flushWrites(Session s) {
        if (s.getTransaction().isActive()) {
            s.flush();
        }
    }

    /** Rows of a query as {@code Object[]}, as a Hibernate native query gives them. */
    private record Rows(Connection c) {
        List<Object[]> of(String sql, Object... params) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<Object[]> out = new ArrayList<>();
                try (ResultSet r = ps.executeQuery()) {
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        out.add(row);
                    }
                }
                return out;
            }
        }
    }

    private static RateCard rateCard(Rows s) throws SQLException {
        List<ZoneBand> zones = new ArrayList<>();
        Map<Integer, Double> perKg = new LinkedHashMap<>();
        for (Object[] r : s.of("SELECT zone, max_km, per_kg_above_max_cents FROM rate_zone ORDER BY zone")) {
            int zone = ((Number) r[0]).intValue();
            zones.add(new ZoneBand(zone, r[1] == null ? null : ((Number) r[1]).doubleValue()));
            perKg.put(zone, ((Number) r[2]).longValue() / 100.0);
        }
        List<Double> breaks = new ArrayList<>();
        for (Object[] g : s.of("SELECT max_grams FROM rate_weight_break ORDER BY idx")) {
            breaks.add(((Number) g[0]).intValue() / 1000.0);
        }
        Map<Integer, List<Double>> prices = new LinkedHashMap<>();
        for (Object[] r : s.of("SELECT zone, price_cents FROM rate_price ORDER BY zone, idx")) {
            prices.computeIfAbsent(((Number) r[0]).intValue(), z -> new ArrayList<>()).add(((Number) r[1]).longValue() / 100.0);
        }
        List<CarrierService> services = services(s, true).stream().map(ServiceSetting::toRouting).toList();
        return new RateCard(zones, breaks, prices, perKg, services);
    }

    /** The carrier services (V14) in their order; {@code activeOnly} for routing. */
    private static List<ServiceSetting> services(Rows s, boolean activeOnly) throws SQLException {
        List<ServiceSetting> out = new ArrayList<>();
        for (Object[] r : s.of("SELECT name, label, price_factor, transit_days, active FROM carrier_service "
                + "ORDER BY sort_order, name")) {
            boolean active = r[4] instanceof Boolean b ? b : ((Number) r[4]).intValue() != 0;
            if (active || !activeOnly) {
                out.add(new ServiceSetting((String) r[0], (String) r[1],
                        BigDecimal.valueOf(((Number) r[2]).doubleValue()).stripTrailingZeros(), (String) r[3], active));
            }
        }
        return out;
    }

    private static double backorderPenalty(Rows s) throws SQLException {
        return s.of("SELECT value FROM routing_setting WHERE name = 'backorder_penalty_per_unit'").stream().findFirst()
                .map(v -> new BigDecimal(String.valueOf(v[0])).doubleValue()).orElse(DEFAULT_PENALTY);
    }

    /** Active nodes with a location, and how many open (not yet shipped) shipments each has. */
    private static List<NodeRow> nodes(Rows s) throws SQLException {
        Map<Long, Integer> open = new HashMap<>();
        for (Object[] r : s.of("SELECT node_id, COUNT(*) FROM shipment WHERE status IN ('PLANNED', 'RELEASED', 'PICKED')"
                + " GROUP BY node_id")) {
            open.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        List<NodeRow> out = new ArrayList<>();
        for (Object[] r : s.of("SELECT id, code, name, node_type, lat, lon, handling_cents, pick_per_unit_cents, "
                        + "capacity_shipments, handling_days FROM fulfillment_node WHERE active = ? AND lat IS NOT NULL AND lon IS NOT NULL "
                        + "ORDER BY code", true)) {
            StoredValues row = new StoredValues("fulfillment_node", r[0], r, "id", "code", "name", "node_type");
            var kind = row.enumOf(3, com.orderdesk.model.fulfillment.NodeType.class);
            Integer capacity = r[8] == null ? null : ((Number) r[8]).intValue();
            FulfillmentNode routing = new FulfillmentNode(row.text(1), NodeType.valueOf(kind.name()),
                    new GeoPoint(((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue()),
                    row.longValue(6) / 100.0, row.longValue(7) / 100.0, capacity, ((Number) r[9]).intValue());
            out.add(new NodeRow(row.id(), row.text(2), kind, routing, open.getOrDefault(row.id(), 0)));
        }
        return out;
    }

    /** Stock rows of the given products at active nodes. */
    private static List<StockRow> stock(Rows s, Collection<Long> productIds) throws SQLException {
        List<StockRow> out = new ArrayList<>();
        if (productIds.isEmpty()) {
            return out;
        }
        Object[] params = new Object[productIds.size() + 1];
        params[0] = true;
        int i = 1;
        for (Long id : productIds) {
            params[i++] = id;
        }
        for (Object[] r : s.of("SELECT i.id, i.node_id, n.code, i.product_id, p.sku, i.on_hand, i.reserved, "
                        + "i.safety_stock FROM inventory i JOIN fulfillment_node n ON n.id = i.node_id "
                        + "JOIN product p ON p.id = i.product_id WHERE n.active = ? AND i.product_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(productIds.size(), "?")) + ")", params)) {
            out.add(new StockRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ((Number) r[3]).longValue(), (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                    ((Number) r[7]).intValue()));
        }
        return out;
    }
}
