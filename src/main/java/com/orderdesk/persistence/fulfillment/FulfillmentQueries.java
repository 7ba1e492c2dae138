package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.fulfillment.NodeStock;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.fulfillment.RoutingStatus;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderExplanation;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/** Reads for the fulfillment screen: the queue, and one order's full routing picture. */
final class FulfillmentQueries {
    private static final String QUEUE_SQL = "SELECT o.id, o.order_no, o.order_date, c.name, o.ship_city, o.ship_state, o.status, "
            + "(SELECT COUNT(*) FROM shipment s WHERE s.order_id = o.id AND s.status <> 'CANCELLED'), "
            + "(SELECT COUNT(*) FROM shipment s WHERE s.order_id = o.id AND s.status IN ('SHIPPED', 'INVOICED')), "
            + "(SELECT COUNT(*) FROM shipment s WHERE s.order_id = o.id AND s.status IN ('RELEASED', 'PICKED')), "
            + "(SELECT COALESCE(SUM(b.qty), 0) FROM order_backorder b WHERE b.order_id = o.id AND b.is_open = ?), "
            + "(SELECT COALESCE(SUM(s.planned_cost_cents), 0) FROM shipment s WHERE s.order_id = o.id AND s.status <> 'CANCELLED') "
            + "FROM sales_order o JOIN customer c ON c.id = o.customer_id "
            + "WHERE o.status IN ('RELEASED', 'ALLOCATED') ORDER BY o.order_no";

    private final Database db;
    private final FulfillmentRouter router;

    FulfillmentQueries(Database db, FulfillmentRouter router) {
        this.db = db;
        this.router = router;
    }

    List<QueueRow> queue() {
        return jdbc(this::queue);
    }

    private interface JdbcWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Read-side JDBC runs on its own short connection: Hibernate hands a session outside a
     * transaction its connection per statement, so a multi-statement read cannot borrow it.
     */
    private <T> T jdbc(JdbcWork<T> work) {
        try (Connection c = db.openJdbcConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("Reading fulfillment data failed: " + e.getMessage(), e);
        }
    }

    private List<QueueRow> queue(Connection c) throws SQLException {
        List<QueueRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(QUEUE_SQL)) {
            ps.setBoolean(1, true);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int count = rs.getInt(8);
                    int shipped = rs.getInt(9);
                    int atWarehouse = rs.getInt(10);
                    int backordered = rs.getInt(11);
                    RoutingStatus routing = count == 0 ? (backordered > 0 ? RoutingStatus.BACKORDERED : RoutingStatus.AWAITING_ROUTING)
                            : shipped == count ? RoutingStatus.SHIPPED
                            : shipped > 0 ? RoutingStatus.PART_SHIPPED
                            : atWarehouse > 0 ? RoutingStatus.AT_WAREHOUSE
                            : backordered > 0 ? RoutingStatus.PART_BACKORDERED : RoutingStatus.ROUTED;
                    String place = rs.getString(5) == null ? "" : rs.getString(5) + ", " + rs.getString(6);
                    rows.add(new QueueRow(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getString(4), place,
                            OrderStatus.valueOf(rs.getString(7)), routing, count, backordered, Money.ofCents(rs.getLong(12))));
                }
            }
        }
        return rows;
    }

    OrderRoutingView load(long orderId) {
        return db.read(s -> load(s, orderId));
    }

    private OrderRoutingView load(Session s, long orderId) {
        SalesOrder order = s.get(SalesOrder.class, orderId);
        if (order == null) {
            throw new StoreException("No order with id " + orderId + ".");
        }
        List<Shipment> shipments = FulfillmentService.shipments(s, orderId);
        Map<String, Integer> givenBack = new HashMap<>();
        List<StoredShipment> stored = new ArrayList<>();
        for (Shipment sh : shipments) {
            List<StoredShipment.Line> lines = new ArrayList<>();
            for (ShipmentLine l : sh.lines()) {
                lines.add(new StoredShipment.Line(l.id(), l.orderLine().id(), l.product().sku(), l.product().description(),
                        l.quantityPlanned(), l.quantityShipped()));
                if (sh.status() == ShipmentStatus.PLANNED || sh.status() == ShipmentStatus.RELEASED || sh.status() == ShipmentStatus.PICKED) {
                    givenBack.merge(sh.node().code() + "|" + l.product().sku(), l.quantityPlanned(), Integer::sum);
                }
            }
            stored.add(new StoredShipment(sh.id(), sh.number(), sh.node().code(), sh.status(), sh.plannedCost(), sh.distanceKm(),
                    sh.zone(), sh.weightGrams(), sh.units(), sh.carrier(), sh.trackingNumber(), sh.shipDate(), sh.version(), lines));
        }
        var address = order.shipToAddress();
        if (address == null || address.point() == null) {
            // no location: nothing to route or draw, but the stored shipments still show
            return new OrderRoutingView(orderId, order.number(), order.customer().name(), order.status(),
                    (address == null ? "" : address.oneLine()) + " (no map location: cannot be routed)", null, List.of(), List.of(),
                    stored, jdbc(c -> openBackorders(c, orderId)), null, null);
        }
        OrderContext ctx = jdbc(c -> OrderContext.build(c, order, OrderContext.wholeOrder(order), givenBack, Set.of()));
        List<NodeStock> nodes = new ArrayList<>();
        for (RoutingData.Node n : ctx.nodes().values()) {
            Map<String, Integer> avail = new LinkedHashMap<>();
            ctx.routingOrder().lines().forEach(l -> avail.put(l.sku(), 0));
            for (RoutingData.Stock st : ctx.stock()) {
                if (st.nodeCode().equals(n.routing().id())) {
                    int back = givenBack.getOrDefault(st.nodeCode() + "|" + st.sku(), 0);
                    avail.merge(st.sku(), Math.max(0, st.onHand() - st.reserved() + back - st.safetyStock()), Integer::sum);
                }
            }
            nodes.add(new NodeStock(n.routing().id(), n.name(), n.kind(), n.routing().location(),
                    avail.entrySet().stream().map(e -> new OrderLine(e.getKey(), e.getValue())).toList()));
        }
        OrderExplanation explanation = ctx.routingOrder().lines().isEmpty() ? null
                : router.explain(ctx.scenario(), order.number(), 3);
        List<OrderLine> backordered = jdbc(c -> openBackorders(c, orderId));
        var a = order.shipToAddress();
        String shipTo = a == null ? "" : a.oneLine();
        return new OrderRoutingView(orderId, order.number(), order.customer().name(), order.status(), shipTo, a == null ? null : a.point(),
                ctx.routingOrder().lines(), nodes, stored, backordered, explanation, ctx.scenario());
    }

    private static List<OrderLine> openBackorders(Connection c, long orderId) throws SQLException {
        List<OrderLine> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.sku, SUM(b.qty) FROM order_backorder b JOIN product p ON p.id = b.product_id "
                + "WHERE b.order_id = ? AND b.is_open = ? GROUP BY p.sku ORDER BY p.sku")) {
            ps.setLong(1, orderId);
            ps.setBoolean(2, true);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OrderLine(rs.getString(1), rs.getInt(2)));
                }
            }
        }
        return out;
    }
}
