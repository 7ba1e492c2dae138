package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.fulfillment.FulfillmentDesk;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.PlanPricer;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ShipOutcome;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.RoutingMode;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.Database;
import java.time.Clock;
import java.time.Instant;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.persistence.security.StoredPermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Routes released orders and keeps their shipments: every write is one transaction that re-reads
 * stock and reserves it with conditional updates, so no unit is promised twice; a transaction
 * that loses a race (possible on PostgreSQL) is retried from a fresh read.
 */
public final class FulfillmentService implements FulfillmentDesk {
    static final int ATTEMPTS = 3;

    private final Database db;
    private final Clock clock;
    private final FulfillmentRouter router;
    private final FulfillmentQueries queries;
    private final ShippingWork shipping;

    public FulfillmentService(Database db, Clock clock) {
        // one order at a time, on the caller's thread
        this(db, clock, new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 2_000));
    }

    /** With a router of the caller's choosing (e.g. a small search budget for bulk demo backfill). */
    public FulfillmentService(Database db, Clock clock, FulfillmentRouter router) {
        this.db = db;
        this.clock = clock;
        this.router = router;
        this.queries = new FulfillmentQueries(db, router);
        this.shipping = new ShippingWork(router, clock);
    }

    @Override
    public List<QueueRow> queue() {
        return queries.queue();
    }

    @Override
    public OrderRoutingView load(long orderId) {
        return queries.load(orderId);
    }

    @Override
    public RoutingOutcome route(long orderId, String user) {
        return retrying(() -> db.write(s -> routeWithin(s, orderId, user)));
    }

    /**
     * Routes a RELEASED order inside the caller's transaction: for the credit desk to call right
     * after it sets an order RELEASED, so release and reservation commit together.
     */
    public RoutingOutcome routeWithin(Session session, long orderId, String user) {
        SalesOrder order = session.get(SalesOrder.class, orderId);
        if (order == null) {
            throw new StoreException("No order with id " + orderId + ".");
        }
        if (order.status() != OrderStatus.RELEASED) {
            throw new StoreException("Order " + order.number() + " is " + order.status().label()
                    + "; only released orders are routed.");
        }
        session.flush();
        Map<Long, Integer> whole = OrderContext.wholeOrder(order);
        OrderContext ctx = session.doReturningWork(c -> OrderContext.build(c, order, whole, Map.of(), Set.of()));
        OrderPlan plan = router.route(ctx.scenario(), RoutingMode.INDEPENDENT).orders().get(0);
        Instant now = clock.instant();
        session.doWork(c -> ShipmentWriter.closeBackorders(c, order.id()));
        List<String> numbers = ShipmentWriter.write(session, ctx, plan, whole, "ROUTING", now);
        if (!numbers.isEmpty()) {
            order.setStatus(OrderStatus.ALLOCATED);
            order.markChanged(user, now);
        }
        return new RoutingOutcome(order.number(), numbers, plan.cost(), plan.backorderedUnits(), describe(order.number(), numbers, plan));
    }

    /**
     * For the release path: routes inside the caller's transaction, but an order that cannot be
     * routed for a reason of its own (no ship-to location) stays RELEASED in the queue instead of
     * failing the release; the outcome's message says why. Lost races (another desk took the stock)
     * still propagate, so the caller's transaction rolls back whole and can be retried.
     */
    public RoutingOutcome routeAfterRelease(Session session, long orderId, String user) {
        try {
            return routeWithin(session, orderId, user);
        } catch (StockTakenException e) {
            throw e;
        } catch (StoreException e) {
            return new RoutingOutcome(String.valueOf(orderId), List.of(), 0, 0, e.getMessage());
        }
    }

    @Override
    public List<Long> releasedOrderIds() {
        return db.read(s -> s.createSelectionQuery(
                "select o.id from SalesOrder o where o.status = :st order by o.number", Long.class)
                .setParameter("st", OrderStatus.RELEASED).getResultList());
    }

    @Override
    public List<RoutingOutcome> routeAllReleased(String user) {
        return releasedOrderIds().stream().map(id -> routeOrReport(id, user)).toList();
    }

    @Override
    public RoutingOutcome override(long orderId, OrderPlan proposed, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new StoreException("Say why the plan is overridden (the reason is kept in the audit trail).");
        }
        return retrying(() -> db.write(s -> overrideWithin(s, orderId, proposed, reason.strip(), user)));
    }

    private RoutingOutcome overrideWithin(Session s, long orderId, OrderPlan proposed, String reason, String user) {
        s.doWork(c -> StoredPermissions.require(c, user, Permission.OVERRIDE_ROUTING,
                "only the order desk re-plans an order's fulfillment."));
        SalesOrder order = s.get(SalesOrder.class, orderId);
        List<Shipment> current = shipments(s, orderId).stream().filter(sh -> sh.status() != ShipmentStatus.CANCELLED).toList();
        if (current.isEmpty() || current.stream().anyMatch(sh -> sh.status() != ShipmentStatus.PLANNED)) {
            throw new StoreException("Order " + order.number() + " can be re-planned only while all its shipments are planned "
                    + "(none released to a warehouse yet).");
        }
        String before = describe(current);
        long beforeCents = current.stream().mapToLong(sh -> sh.plannedCost().cents()).sum();
        current.forEach(sh -> ShipmentWriter.cancel(s, sh));
        s.flush();
        Map<Long, Integer> whole = OrderContext.wholeOrder(order);
        OrderContext ctx = s.doReturningWork(c -> OrderContext.build(c, order, whole, Map.of(), Set.of()));
        OrderPlan plan = new PlanPricer(ctx.scenario()).price(ctx.routingOrder(), PlanPricer.assignment(proposed));
        checkAvailable(ctx, plan);
        Instant now = clock.instant();
        s.doWork(c -> ShipmentWriter.closeBackorders(c, order.id()));
        List<String> numbers = ShipmentWriter.write(s, ctx, plan, whole, "OVERRIDE", now);
        order.setStatus(numbers.isEmpty() ? OrderStatus.RELEASED : OrderStatus.ALLOCATED);
        order.markChanged(user, now);
        s.flush();
        String after = describe(shipments(s, orderId).stream().filter(sh -> numbers.contains(sh.number())).toList());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("plan", before);
        b.put("cost", ShipmentWriter.money(beforeCents / 100.0).toString());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("plan", after + backorderText(plan));
        a.put("cost", ShipmentWriter.money(plan.cost()).toString());
        RoutingAudit.append(s, new AuditEvent(user, RoutingAudit.ROUTING_OVERRIDE, "ORDER", order.number(),
                AuditValues.json(b), AuditValues.json(a), reason), now);
        return new RoutingOutcome(order.number(), numbers, plan.cost(), plan.backorderedUnits(),
                "Order " + order.number() + " re-planned by hand: " + String.join(", ", numbers)
                        + String.format(" (%.2f)", plan.cost()) + "; override audited.");
    }

    private static void checkAvailable(OrderContext ctx, OrderPlan plan) {
        for (var sh : plan.shipments()) {
            for (OrderLine line : sh.lines()) {
                int available = ctx.stock().stream().filter(st -> st.nodeCode().equals(sh.node()) && st.sku().equals(line.sku()))
                        .mapToInt(RoutingData.Stock::available).sum();
                if (line.qty() > available) {
                    throw new StoreException(sh.node() + " has only " + available + " of " + line.sku()
                            + " available, not " + line.qty() + "; choose another node.");
                }
            }
        }
    }

    @Override
    public PickListDocument releaseToWarehouse(long shipmentId, String user) {
        return db.write(s -> shipping.release(s, shipmentId));
    }

    @Override
    public ShipOutcome confirmShipped(ShipConfirmation confirmation, String user) {
        return retrying(() -> db.write(s -> shipping.confirm(s, confirmation, user)));
    }

    static List<Shipment> shipments(Session s, long orderId) {
        return s.createSelectionQuery("from Shipment sh where sh.order.id = :o order by sh.id", Shipment.class)
                .setParameter("o", orderId).getResultList();
    }

    static String describe(List<Shipment> shipments) {
        return shipments.stream().map(sh -> sh.node().code() + ": " + sh.lines().stream()
                        .map(l -> l.product().sku() + " x" + l.quantityPlanned()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static String backorderText(OrderPlan plan) {
        return plan.backordered().isEmpty() ? "" : "; backordered: "
                + plan.backordered().stream().map(l -> l.sku() + " x" + l.qty()).collect(Collectors.joining(", "));
    }

    static String describe(String orderNumber, List<String> numbers, OrderPlan plan) {
        String text = numbers.isEmpty() ? "Order " + orderNumber + ": nothing in stock to ship"
                : "Order " + orderNumber + " routed: " + numbers.size() + (numbers.size() == 1 ? " shipment" : " shipments")
                + String.format(" (%.2f)", plan.cost());
        return plan.backorderedUnits() == 0 ? text : text + ", " + plan.backorderedUnits() + " units backordered";
    }

    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (StockTakenException e) {
                if (attempt >= ATTEMPTS) {
                    throw new StoreException(e.getMessage() + " Tried " + ATTEMPTS + " times; try again.", e);
                }
            }
        }
    }
}
