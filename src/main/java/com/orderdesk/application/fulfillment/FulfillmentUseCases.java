package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.kpi.OrderTouches;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.PlanPricer;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StockTakenException;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routing released orders and re-planning them by hand. Every write is one unit of work that
 * re-reads stock and reserves it with conditional updates, so no unit is promised twice; a unit
 * that loses a race (possible on PostgreSQL) is run again from a fresh read.
 */
public final class FulfillmentUseCases {
    static final String ROUTING_OVERRIDE = "ROUTING_OVERRIDE";
    static final String ORDER_ROUTED = "ORDER_ROUTED";
    static final String STOCK_RELEASED = "STOCK_RELEASED";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final FulfillmentRepository repository;
    private final AuditRecorder audit;
    private final Clock clock;
    private final FulfillmentRouter router;
    private final ShipmentRecorder shipments;
    private final RoutingViews views;
    private final DeliveryQuoting quoting;
    private final OrderTouches touches;

    public FulfillmentUseCases(UnitOfWork uow, AccessControl access, FulfillmentRepository repository, AuditRecorder audit,
                               Clock clock, FulfillmentRouter router, OrderTouches touches) {
        this.touches = touches;
        this.uow = uow;
        this.access = access;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.router = router;
        this.shipments = new ShipmentRecorder(repository);
        this.views = new RoutingViews(repository, router, clock);
        this.quoting = new DeliveryQuoting(uow, access, repository, clock);
    }

    /** One order at a time, on the caller's thread: the router a desk uses. */
    public static FulfillmentRouter deskRouter() {
        return new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 2_000);
    }

    /** Order entry's delivery quote (dates and the ways to meet a requested date). */
    public DeliveryQuoting quoting() {
        return quoting;
    }

    public Listing<QueueRow> queue(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(repository::queue);
    }

    /**
     * The network the map shows before an order is chosen: every active node with a location (warehouses, stores,
     * suppliers), no stock read.
     */
    public List<com.orderdesk.logic.fulfillment.NodeStock> network(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> repository.routingBook(List.of()).nodes().stream()
                .map(n -> new com.orderdesk.logic.fulfillment.NodeStock(n.routing().id(), n.name(), n.kind(),
                        n.routing().location(), List.of()))
                .toList());
    }

    public OrderRoutingView load(SignedInUser user, long orderId) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> views.view(orderId));
    }

    public RoutingOutcome route(SignedInUser user, long orderId) {
        access.require(user, Permission.ROUTE_ORDERS);
        return uow.write("Routing the order", () -> {
            RoutingOutcome outcome = routeWithin(orderOf(orderId), user);
            audit.record(user, AuditEvent.of(user.userName(), ORDER_ROUTED, "ORDER", outcome.orderNumber())
                    .withChange(null, AuditValues.json(Map.of("shipments", String.join(", ", outcome.shipmentNumbers()),
                            "backordered", outcome.backorderedUnits()))));
            return outcome;
        });
    }

    /** Routes the order, or says in the outcome why it could not be (for a loop that goes on). */
    public RoutingOutcome routeOrReport(SignedInUser user, long orderId) {
        try {
            return route(user, orderId);
        } catch (StoreException e) {
            return new RoutingOutcome(String.valueOf(orderId), List.of(), 0, 0, e.getMessage());
        }
    }

    public List<Long> releasedOrderIds(SignedInUser user) {
        access.require(user, Permission.ROUTE_ORDERS);
        return uow.read(repository::releasedOrderIds);
    }

    public List<RoutingOutcome> routeAllReleased(SignedInUser user) {
        return releasedOrderIds(user).stream().map(id -> routeOrReport(user, id)).toList();
    }

    /** {@link FulfillmentSteps}' step: no permission of its own, so not public (it was a public door, unchecked). */
    RoutingOutcome routeAfterRelease(SignedInUser user, long orderId) {
        try {
            return routeWithin(orderOf(orderId), user);
        } catch (StockTakenException e) {
            throw e;
        } catch (StoreException e) {
            return new RoutingOutcome(String.valueOf(orderId), List.of(), 0, 0, e.getMessage());
        }
    }

    private SalesOrder orderOf(long orderId) {
        return repository.order(orderId).orElseThrow(() -> new StoreException("No order with id " + orderId + "."));
    }

    private RoutingOutcome routeWithin(SalesOrder order, SignedInUser user) {
        if (order.status() != OrderStatus.RELEASED) {
            throw new StoreException("Order " + order.number() + " is " + order.status().label()
                    + "; only released orders are routed.");
        }
        // no flush first: the routing book is read as this unit will change it (see FulfillmentRepository)
        Map<Long, Integer> whole = OrderContext.wholeOrder(order);
        OrderContext ctx = OrderContext.build(repository, order, whole, Map.of(), Set.of(), LocalDate.now(clock));
        OrderPlan plan = ctx.plan(router);
        Instant now = clock.instant();
        repository.closeBackorders(order.id());
        List<String> numbers = shipments.write(ctx, plan, whole, "ROUTING", now);
        if (!numbers.isEmpty()) {
            order.setStatus(OrderStatus.ALLOCATED);
            order.markChanged(user.userName(), now);
        }
        return new RoutingOutcome(order.number(), numbers, plan.cost(), plan.backorderedUnits(),
                describe(order.number(), numbers, plan));
    }

    /** {@link FulfillmentSteps}' step: no permission of its own, so not public (it was a public door, unchecked). */
    void releaseStock(SignedInUser user, long orderId) {
        // not yet shipped is what counts: a shipment at the warehouse (pick list out) is called back too
        List<Shipment> open = repository.shipments(orderId).stream().filter(sh -> sh.status() != ShipmentStatus.CANCELLED).toList();
        for (Shipment sh : open) {
            if (sh.status() == ShipmentStatus.SHIPPED || sh.status() == ShipmentStatus.INVOICED) {
                throw new StoreException(sh.number() + " has already shipped; an order whose goods have left cannot be"
                        + " cancelled (return the goods instead).");
            }
        }
        open.forEach(shipments::callBack);
        repository.closeBackorders(orderId);
    }

    /** {@link FulfillmentSteps}' step: no permission of its own, so not public (it was a public door, unchecked). */
    void withdrawPlans(SignedInUser user, long orderId) {
        plannedOnly(orderId, "changed").forEach(shipments::discard);
        // cancelled plans (an earlier override) refer to the lines being replaced as well
        repository.shipments(orderId).stream().filter(sh -> sh.status() == ShipmentStatus.CANCELLED)
                .forEach(repository::remove);
        repository.deleteBackorders(orderId);
        repository.flush();
    }

    private List<Shipment> plannedOnly(long orderId, String what) {
        List<Shipment> open = repository.shipments(orderId).stream().filter(sh -> sh.status() != ShipmentStatus.CANCELLED).toList();
        for (Shipment sh : open) {
            if (sh.status() != ShipmentStatus.PLANNED) {
                throw new StoreException(sh.number() + " is already " + sh.status().name().toLowerCase()
                        + "; an order whose goods are at the warehouse or have left cannot be " + what + ".");
            }
        }
        return open;
    }

    public RoutingOutcome override(SignedInUser user, long orderId, OrderPlan proposed, String reason) {
        access.require(user, Permission.OVERRIDE_ROUTING);
        if (reason == null || reason.isBlank()) {
            throw new StoreException("Say why the plan is overridden (the reason is kept in the audit trail).");
        }
        return uow.write("Overriding the plan", () -> overrideWithin(orderId, proposed, reason.strip(), user));
    }

    private RoutingOutcome overrideWithin(long orderId, OrderPlan proposed, String reason, SignedInUser user) {
        SalesOrder order = orderOf(orderId);
        List<Shipment> current = repository.shipments(orderId).stream()
                .filter(sh -> sh.status() != ShipmentStatus.CANCELLED).toList();
        if (current.isEmpty() || current.stream().anyMatch(sh -> sh.status() != ShipmentStatus.PLANNED)) {
            throw new StoreException("Order " + order.number() + " can be re-planned only while all its shipments are planned "
                    + "(none released to a warehouse yet).");
        }
        String before = describe(current);
        long beforeCents = current.stream().mapToLong(sh -> sh.plannedCost().cents()).sum();
        current.forEach(shipments::cancel);
        repository.flush();
        Map<Long, Integer> whole = OrderContext.wholeOrder(order);
        OrderContext ctx = OrderContext.build(repository, order, whole, Map.of(), Set.of(), LocalDate.now(clock));
        OrderPlan plan = new PlanPricer(ctx.scenario()).price(ctx.routingOrder(), PlanPricer.assignment(proposed));
        checkAvailable(ctx, plan);
        Instant now = clock.instant();
        repository.closeBackorders(order.id());
        List<String> numbers = shipments.write(ctx, plan, whole, "OVERRIDE", now);
        order.setStatus(numbers.isEmpty() ? OrderStatus.RELEASED : OrderStatus.ALLOCATED);
        order.markChanged(user.userName(), now);
        repository.flush();
        String after = describe(repository.shipments(orderId).stream().filter(sh -> numbers.contains(sh.number())).toList());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("plan", before);
        b.put("cost", ShipmentRecorder.money(beforeCents / 100.0).toString());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("plan", after + backorderText(plan));
        a.put("cost", ShipmentRecorder.money(plan.cost()).toString());
        audit.record(user, new AuditEvent(user.userName(), ROUTING_OVERRIDE, "ORDER", order.number(),
                AuditValues.json(b), AuditValues.json(a), reason));
        touches.touched(user, order.id(), ROUTING_OVERRIDE);
        return new RoutingOutcome(order.number(), numbers, plan.cost(), plan.backorderedUnits(),
                "Order " + order.number() + " re-planned by hand: " + String.join(", ", numbers)
                        + String.format(" (%.2f)", plan.cost()) + "; override audited.");
    }

    private static void checkAvailable(OrderContext ctx, OrderPlan plan) {
        for (var sh : plan.shipments()) {
            for (OrderLine line : sh.lines()) {
                int available = ctx.stock().stream().filter(st -> st.nodeCode().equals(sh.node()) && st.sku().equals(line.sku()))
                        .mapToInt(StockRow::available).sum();
                if (line.qty() > available) {
                    throw new StoreException(sh.node() + " has only " + available + " of " + line.sku()
                            + " available, not " + line.qty() + "; choose another node.");
                }
            }
        }
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
}
