package com.orderdesk.persistence.fulfillment;

import com.orderdesk.application.fulfillment.FulfillmentRepository;
import com.orderdesk.application.fulfillment.RoutingBook;
import com.orderdesk.application.fulfillment.StockRow;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.fulfillment.RoutingStatus;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.persistence.DamagedRows;
import com.orderdesk.persistence.StoredValues;
import com.orderdesk.persistence.StoredWholeNumbers;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** {@link FulfillmentRepository} on the shipment, inventory and backorder tables, in the open unit of work. */
public final class HibernateFulfillmentRepository implements FulfillmentRepository {
    static final String SHIPMENT_SERIES = "SHIPMENT";
    private static final String QUEUE_SQL = "SELECT o.id, o.order_no, o.order_date, c.name, o.ship_city, o.ship_state, o.status, "
            + "(SELECT COUNT(*) FROM shipment s WHERE s.order_id = o.id AND s.status <> 'CANCELLED'), "
            + "(SELECT COUNT(*) FROM shipment s WHERE s.order_id = o.id AND s.status IN ('SHIPPED', 'INVOICED')), "
            + "(SELECT COUNT(*) FROM shipment s WHERE s.order_id = o.id AND s.status IN ('RELEASED', 'PICKED')), "
            + "(SELECT COALESCE(SUM(b.qty), 0) FROM order_backorder b WHERE b.order_id = o.id AND b.is_open = :open"
            + " AND " + StoredWholeNumbers.isWhole("b.qty") + "), "
            + "(SELECT COALESCE(SUM(s.planned_cost_cents), 0) FROM shipment s WHERE s.order_id = o.id AND s.status <> 'CANCELLED'"
            + " AND " + StoredWholeNumbers.isWhole("s.planned_cost_cents") + ") "
            + "FROM sales_order o LEFT JOIN customer c ON c.id = o.customer_id "
            + "WHERE o.status IN ('RELEASED', 'ALLOCATED') ORDER BY o.order_no";
    /** The queue's shipments whose planned cost SQLite would sum as 0 ('abc') or as a fraction: named, not summed. */
    private static final String QUEUED_SHIPMENT = "status <> 'CANCELLED'"
            + " AND order_id IN (SELECT id FROM sales_order WHERE status IN ('RELEASED', 'ALLOCATED'))";
    /** The queue's open backorders whose quantity SQLite would sum as 0 ('abc') or as a fraction: named by their order. */
    private static final String QUEUED_BACKORDER = "is_open = TRUE"
            + " AND order_id IN (SELECT id FROM sales_order WHERE status IN ('RELEASED', 'ALLOCATED'))";
    private static final String BACKORDER_ORDER_NO = "(SELECT order_no FROM sales_order WHERE id = order_id)";

    private static final String[] QUEUE_COLUMNS = {"id", "order_no", "order_date", "customer", "ship_city", "ship_state",
            "status"};

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Optional<SalesOrder> order(long orderId) {
        return Optional.ofNullable(s().get(SalesOrder.class, orderId));
    }

    @Override
    public List<SalesOrder> ordersWithLines(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return s().createSelectionQuery("select distinct o from SalesOrder o left join fetch o.lines l left join fetch l.product "
                + "where o.id in :ids", SalesOrder.class).setParameter("ids", orderIds).getResultList();
    }

    @Override
    public List<Shipment> shipments(long orderId) {
        return s().createSelectionQuery("from Shipment sh where sh.order.id = :o order by sh.id", Shipment.class)
                .setParameter("o", orderId).getResultList();
    }

    @Override
    public List<Shipment> shipmentsAsFlushed(long orderId) {
        return s().createSelectionQuery("from Shipment sh where sh.order.id = :o order by sh.id", Shipment.class)
                .setParameter("o", orderId).setQueryFlushMode(org.hibernate.query.QueryFlushMode.NO_FLUSH).getResultList();
    }

    @Override
    public Optional<Shipment> shipment(long shipmentId) {
        return Optional.ofNullable(s().get(Shipment.class, shipmentId));
    }

    @Override
    public java.util.Map<Long, Shipment> shipmentsById(Collection<Long> shipmentIds) {
        return ShipmentReads.byId(s(), shipmentIds);
    }

    @Override
    public RoutingBook routingBook(Collection<Long> productIds) {
        return RoutingTables.book(s(), productIds);
    }

    @Override
    public String nextShipmentNumber() {
        return DocumentNumberAllocator.next(s(), SHIPMENT_SERIES);
    }

    @Override
    public FulfillmentNode nodeReference(long nodeId) {
        return s().getReference(FulfillmentNode.class, nodeId);
    }

    @Override
    public Optional<com.orderdesk.model.common.GeoPoint> shipToPoint(long shipToId) {
        var shipTo = s().get(com.orderdesk.model.customer.ShipToAddress.class, shipToId);
        return shipTo == null || shipTo.address() == null ? Optional.empty() : Optional.ofNullable(shipTo.address().point());
    }

    @Override
    public Product productReference(long productId) {
        return s().getReference(Product.class, productId);
    }

    @Override
    public void add(Shipment shipment) {
        s().persist(shipment);
    }

    @Override
    public void remove(Shipment shipment) {
        s().remove(shipment);
    }

    /**
     * With SQLite the write transaction already serialises desks; on PostgreSQL the conditional
     * update is evaluated against the row as committed, under its row lock, so two desks cannot
     * both take the last units.
     */
    @Override
    public boolean reserve(long nodeId, long productId, int qty) {
        return s().createNativeMutationQuery("UPDATE inventory SET reserved = reserved + :q, version = version + 1 "
                        + "WHERE node_id = :n AND product_id = :p AND on_hand - reserved - safety_stock >= :q")
                .setParameter("q", qty).setParameter("n", nodeId).setParameter("p", productId).executeUpdate() == 1;
    }

    @Override
    public void unreserve(long nodeId, long productId, int qty) {
        s().createNativeMutationQuery("UPDATE inventory SET reserved = CASE WHEN reserved > :q THEN reserved - :q ELSE 0 END, "
                        + "version = version + 1 WHERE node_id = :n AND product_id = :p")
                .setParameter("q", qty).setParameter("n", nodeId).setParameter("p", productId).executeUpdate();
    }

    /**
     * A short pick means the shelf did not hold what the books said, so on hand drops by the
     * planned quantity (the count is corrected; never below zero), and the reservation with it.
     */
    @Override
    public void ship(long nodeId, long productId, int planned) {
        s().createNativeMutationQuery("UPDATE inventory SET on_hand = CASE WHEN on_hand > :q THEN on_hand - :q ELSE 0 END, "
                        + "reserved = CASE WHEN reserved > :q THEN reserved - :q ELSE 0 END, version = version + 1 "
                        + "WHERE node_id = :n AND product_id = :p")
                .setParameter("q", planned).setParameter("n", nodeId).setParameter("p", productId).executeUpdate();
    }

    @Override
    public void addBackorder(long orderId, long orderLineId, long productId, int qty, String cause, Instant at) {
        s().createNativeMutationQuery("INSERT INTO order_backorder (order_id, order_line_id, product_id, qty, created_at, cause, "
                        + "is_open) VALUES (:o, :l, :p, :q, :at, :cause, :open)")
                .setParameter("o", orderId).setParameter("l", orderLineId).setParameter("p", productId).setParameter("q", qty)
                .setParameter("at", at.toEpochMilli()).setParameter("cause", cause).setParameter("open", true).executeUpdate();
    }

    @Override
    public void closeBackorders(long orderId) {
        s().createNativeMutationQuery("UPDATE order_backorder SET is_open = :closed WHERE order_id = :o AND is_open = :open")
                .setParameter("closed", false).setParameter("o", orderId).setParameter("open", true).executeUpdate();
    }

    @Override
    public void deleteBackorders(long orderId) {
        s().createNativeMutationQuery("DELETE FROM order_backorder WHERE order_id = :o").setParameter("o", orderId)
                .executeUpdate();
    }

    @Override
    public List<OrderLine> openBackorders(long orderId) {
        List<OrderLine> out = new ArrayList<>();
        for (Object[] r : s().createNativeQuery("SELECT p.sku, SUM(b.qty) FROM order_backorder b JOIN product p ON p.id = b.product_id "
                        + "WHERE b.order_id = :o AND b.is_open = :open GROUP BY p.sku ORDER BY p.sku", Object[].class)
                .setParameter("o", orderId).setParameter("open", true).getResultList()) {
            out.add(new OrderLine((String) r[0], ((Number) r[1]).intValue()));
        }
        return out;
    }

    @Override
    public Listing<QueueRow> queue() {
        Listing<QueueRow> rows = DamagedRows.read(s().createNativeQuery(QUEUE_SQL, Object[].class).setParameter("open", true).getResultList(), r -> {
            StoredValues row = new StoredValues("order", r[1] == null ? r[0] : r[1], r, QUEUE_COLUMNS);
            int count = row.integer(7);
            int shipped = row.integer(8);
            int atWarehouse = row.integer(9);
            int backordered = row.integer(10);
            RoutingStatus routing = count == 0 ? (backordered > 0 ? RoutingStatus.BACKORDERED : RoutingStatus.AWAITING_ROUTING)
                    : shipped == count ? RoutingStatus.SHIPPED
                    : shipped > 0 ? RoutingStatus.PART_SHIPPED
                    : atWarehouse > 0 ? RoutingStatus.AT_WAREHOUSE
                    : backordered > 0 ? RoutingStatus.PART_BACKORDERED : RoutingStatus.ROUTED;
            String place = r[4] == null ? "" : r[4] + ", " + r[5];
            return new QueueRow(((Number) r[0]).longValue(), row.text(1), row.date(2), row.textOr(3, "(customer missing)"), place,
                    row.enumOf(6, OrderStatus.class), routing, count, backordered, Money.ofCents(row.longValue(11)));
        });
        List<String> notSummed = StoredWholeNumbers.named(s(), "shipment", "shipment", "shipment_no", "planned_cost_cents",
                QUEUED_SHIPMENT);
        List<String> notCounted = StoredWholeNumbers.named(s(), "order_backorder", "backorder of order", BACKORDER_ORDER_NO,
                "qty", QUEUED_BACKORDER);
        if (notSummed.isEmpty() && notCounted.isEmpty()) {
            return rows;
        }
        List<String> damaged = new ArrayList<>(rows.damaged());
        notSummed.forEach(name -> damaged.add(name + "; left out of its order's planned cost"));
        notCounted.forEach(name -> damaged.add(name + "; left out of its order's backordered units"));
        return new Listing<>(rows.rows(), damaged);
    }

    @Override
    public List<Long> releasedOrderIds() {
        return s().createSelectionQuery("select o.id from SalesOrder o where o.status = :st order by o.number", Long.class)
                .setParameter("st", OrderStatus.RELEASED).getResultList();
    }

    @Override
    public void flush() {
        s().flush();
    }

    @Override
    public void flushAndClear() {
        s().flush();
        s().clear();
    }

    static List<StockRow> stock(Session s, Collection<Long> productIds) {
        return RoutingTables.stock(s, productIds);
    }
}
