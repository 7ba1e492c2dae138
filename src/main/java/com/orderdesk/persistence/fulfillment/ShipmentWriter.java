package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Turns a router plan into rows inside the caller's transaction: one numbered shipment per node
 * with its lines, the stock reserved by conditional updates (refused if another desk took it
 * first), and the backordered remainder recorded. Quantities are spread over the order's lines
 * of each sku in line order.
 */
final class ShipmentWriter {
    static final String SERIES = "SHIPMENT";

    private ShipmentWriter() {
    }

    /** Writes {@code plan}; returns the new shipment numbers. {@code toRoute} is consumed line by line. */
    static List<String> write(Session session, OrderContext ctx, OrderPlan plan, Map<Long, Integer> toRoute, String cause,
                              Instant now) {
        return write(session, ctx, plan, toRoute, cause, now, true);
    }

    /** As above; {@code reserve} false records history (goods that already left) without touching stock. */
    static List<String> write(Session session, OrderContext ctx, OrderPlan plan, Map<Long, Integer> toRoute, String cause,
                              Instant now, boolean reserve) {
        Map<Long, Integer> left = new LinkedHashMap<>(toRoute);
        List<String> numbers = new ArrayList<>();
        for (com.orderdesk.logic.fulfillment.routing.Shipment planned : plan.shipments()) {
            RoutingData.Node node = ctx.nodes().get(planned.node());
            Shipment shipment = new Shipment(DocumentNumberAllocator.next(session, SERIES), ctx.order(),
                    session.getReference(FulfillmentNode.class, node.id()), money(planned.cost()), round1(planned.distanceKm()),
                    planned.zone(), (int) Math.round(planned.weightKg() * 1000), planned.units());
            for (OrderLine line : planned.lines()) {
                long productId = ctx.productIds().get(line.sku());
                boolean reserved = !reserve || session.doReturningWork(c -> RoutingData.reserve(c, node.id(), productId, line.qty()));
                if (!reserved) {
                    throw new StockTakenException(line.qty() + " x " + line.sku() + " are no longer available at "
                            + planned.node() + ": another desk reserved them first.");
                }
                spread(ctx, line, left, (orderLine, q) -> shipment.addLine(
                        new ShipmentLine(orderLine, session.getReference(Product.class, productId), q)));
            }
            session.persist(shipment);
            numbers.add(shipment.number());
        }
        for (OrderLine line : plan.backordered()) {
            long productId = ctx.productIds().get(line.sku());
            spread(ctx, line, left, (orderLine, q) -> session.doWork(c -> backorder(c, ctx.order().id(), orderLine.id(),
                    productId, q, cause, now)));
        }
        return numbers;
    }

    private interface LineShare {
        void take(SalesOrderLine line, int qty);
    }

    private static void spread(OrderContext ctx, OrderLine line, Map<Long, Integer> left, LineShare share) {
        int need = line.qty();
        for (SalesOrderLine orderLine : ctx.linesBySku().get(line.sku())) {
            int room = left.getOrDefault(orderLine.id(), 0);
            int q = Math.min(room, need);
            if (q > 0) {
                share.take(orderLine, q);
                left.put(orderLine.id(), room - q);
                need -= q;
            }
        }
        if (need > 0) {
            throw new IllegalStateException("plan places more " + line.sku() + " than order " + ctx.order().number() + " asks for");
        }
    }

    static void backorder(Connection c, long orderId, long orderLineId, long productId, int qty, String cause, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_backorder (order_id, order_line_id, product_id, qty, "
                + "created_at, cause, is_open) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, orderId);
            ps.setLong(2, orderLineId);
            ps.setLong(3, productId);
            ps.setInt(4, qty);
            ps.setLong(5, now.toEpochMilli());
            ps.setString(6, cause);
            ps.setBoolean(7, true);
            ps.executeUpdate();
        }
    }

    /** Closes the order's open backorders (it is being routed afresh, remainder included). */
    static void closeBackorders(Connection c, long orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE order_backorder SET is_open = ? WHERE order_id = ? AND is_open = ?")) {
            ps.setBoolean(1, false);
            ps.setLong(2, orderId);
            ps.setBoolean(3, true);
            ps.executeUpdate();
        }
    }

    /** Cancels a planned shipment and gives its reservation back. */
    static void cancel(Session session, Shipment shipment) {
        if (shipment.status() != ShipmentStatus.PLANNED) {
            throw new IllegalStateException(shipment.number() + " is " + shipment.status() + ", not planned");
        }
        long nodeId = shipment.node().id();
        for (ShipmentLine line : shipment.lines()) {
            long productId = line.product().id();
            int qty = line.quantityPlanned();
            session.doWork(c -> RoutingData.unreserve(c, nodeId, productId, qty));
        }
        shipment.setStatus(ShipmentStatus.CANCELLED);
    }

    static Money money(double amount) {
        return Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
    }

    private static Double round1(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
