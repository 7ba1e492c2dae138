package com.orderdesk.persistence.stock;

import com.orderdesk.application.stock.StockRepository;
import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.logic.stock.StockView;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.NodeType;
import com.orderdesk.model.stock.AdjustmentReason;
import com.orderdesk.model.stock.StockMovement;
import com.orderdesk.persistence.CurrentSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * {@link StockRepository} on the inventory, stock_movement, shipment and order_backorder tables.
 * On hand changes by a conditional UPDATE in the caller's transaction, like the router's
 * reservations: the router reads inventory with SQL in the same session, so it sees the change
 * at once; on PostgreSQL the row lock the update takes holds until commit.
 */
public final class HibernateStockRepository implements StockRepository {
    private static final String NODE_ORDER = "CASE n.node_type WHEN 'DC' THEN 0 WHEN 'STORE' THEN 1 ELSE 2 END, n.code";

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Optional<Product> product(long productId) {
        return Optional.ofNullable(s().get(Product.class, productId));
    }

    @Override
    public Optional<FulfillmentNode> node(long nodeId) {
        return Optional.ofNullable(s().get(FulfillmentNode.class, nodeId));
    }

    @Override
    public List<FulfillmentNode> nodes() {
        List<FulfillmentNode> all = new ArrayList<>(s().createSelectionQuery("from FulfillmentNode n", FulfillmentNode.class)
                .getResultList());
        all.sort(Comparator.comparing((FulfillmentNode n) -> n.type().ordinal()).thenComparing(FulfillmentNode::code));
        return all;
    }

    @Override
    public Optional<NodeStockLine> level(long productId, long nodeId) {
        return lines(" AND i.node_id = :n", q -> q.setParameter("n", nodeId), productId).stream().findFirst();
    }

    private List<NodeStockLine> lines(String extra, java.util.function.Consumer<NativeQuery<Object[]>> bind, long productId) {
        NativeQuery<Object[]> q = s().createNativeQuery("SELECT n.id, n.code, n.name, n.node_type, n.active, i.on_hand, "
                + "i.reserved, i.safety_stock FROM inventory i JOIN fulfillment_node n ON n.id = i.node_id "
                + "WHERE i.product_id = :p" + extra + " ORDER BY " + NODE_ORDER, Object[].class);
        q.setParameter("p", productId);
        bind.accept(q);
        List<NodeStockLine> out = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            out.add(new NodeStockLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    NodeType.valueOf((String) r[3]), bool(r[4]), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                    ((Number) r[7]).intValue()));
        }
        return out;
    }

    @Override
    public int changeOnHand(long productId, long nodeId, int delta) {
        Session s = s();
        int updated = s.createNativeMutationQuery("UPDATE inventory SET on_hand = on_hand + :d, version = version + 1 "
                        + "WHERE node_id = :n AND product_id = :p AND on_hand + :d >= 0")
                .setParameter("d", delta).setParameter("n", nodeId).setParameter("p", productId).executeUpdate();
        if (updated == 0) {
            Optional<NodeStockLine> level = level(productId, nodeId);
            if (level.isPresent() || delta < 0) {
                throw new IllegalArgumentException("Only " + level.map(NodeStockLine::onHand).orElse(0)
                        + " on hand: the count cannot fall below zero.");
            }
            s.createNativeMutationQuery("INSERT INTO inventory (node_id, product_id, on_hand, reserved, safety_stock, version) "
                            + "VALUES (:n, :p, :d, 0, 0, 0)")
                    .setParameter("n", nodeId).setParameter("p", productId).setParameter("d", delta).executeUpdate();
        }
        return ((Number) s.createNativeQuery("SELECT on_hand FROM inventory WHERE node_id = :n AND product_id = :p", Object.class)
                .setParameter("n", nodeId).setParameter("p", productId).getSingleResult()).intValue();
    }

    @Override
    public void add(StockMovement movement) {
        s().persist(movement);
    }

    @Override
    public StockView view(long productId) {
        Product p = s().get(Product.class, productId);
        if (p == null) {
            throw new com.orderdesk.logic.store.StoreException("The product no longer exists.");
        }
        Object[] back = s().createNativeQuery("SELECT COALESCE(SUM(qty), 0), COUNT(DISTINCT order_id) FROM order_backorder "
                        + "WHERE product_id = :p AND is_open = :open", Object[].class)
                .setParameter("p", productId).setParameter("open", true).getSingleResult();
        return new StockView(p.id(), p.sku(), p.description(), p.unit(), p.active(), lines("", q -> { }, productId),
                ((Number) back[0]).intValue(), ((Number) back[1]).intValue());
    }

    @Override
    public List<MovementRow> history(long productId, Long nodeId, int limit) {
        List<MovementRow> out = new ArrayList<>();
        NativeQuery<Object[]> moves = s().createNativeQuery("SELECT m.moved_at, n.code, m.kind, m.reason, m.qty, "
                + "m.on_hand_after, m.reference, o.code, m.note, m.moved_by FROM stock_movement m "
                + "JOIN fulfillment_node n ON n.id = m.node_id LEFT JOIN fulfillment_node o ON o.id = m.other_node_id "
                + "WHERE m.product_id = :p" + (nodeId == null ? "" : " AND m.node_id = :n") + " ORDER BY m.id DESC", Object[].class);
        bind(moves, productId, nodeId);
        for (Object[] r : moves.setMaxResults(limit).getResultList()) {
            out.add(new MovementRow(Instant.ofEpochMilli(((Number) r[0]).longValue()), (String) r[1], (String) r[2],
                    r[3] == null ? null : AdjustmentReason.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue(), (String) r[6], (String) r[7], (String) r[8], (String) r[9]));
        }
        NativeQuery<Object[]> shipped = s().createNativeQuery("SELECT s.shipped_at, s.ship_date, n.code, sl.qty_planned, "
                + "sl.qty_shipped, s.shipment_no, s.shipped_by, s.carrier FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id "
                + "JOIN fulfillment_node n ON n.id = s.node_id WHERE sl.product_id = :p AND s.status IN ('SHIPPED', 'INVOICED')"
                + (nodeId == null ? "" : " AND s.node_id = :n") + " ORDER BY s.id DESC", Object[].class);
        bind(shipped, productId, nodeId);
        for (Object[] r : shipped.setMaxResults(limit).getResultList()) {
            Instant at = r[0] != null ? Instant.ofEpochMilli(((Number) r[0]).longValue())
                    : r[1] != null ? LocalDate.parse(r[1].toString()).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.EPOCH;
            int planned = ((Number) r[3]).intValue();
            Integer sent = r[4] == null ? null : ((Number) r[4]).intValue();
            String note = sent != null && sent < planned ? "short pick: " + sent + " of " + planned + " left; the count was"
                    + " corrected by " + (planned - sent) : r[7] == null ? null : "by " + r[7];
            out.add(new MovementRow(at, (String) r[2], MovementRow.SHIPMENT, null, -planned, null, (String) r[5], null, note,
                    (String) r[6]));
        }
        out.sort(Comparator.comparing(MovementRow::at).reversed());
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    private static void bind(NativeQuery<Object[]> q, long productId, Long nodeId) {
        q.setParameter("p", productId);
        if (nodeId != null) {
            q.setParameter("n", nodeId);
        }
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

    private static boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o instanceof Number n && n.intValue() != 0;
    }
}
