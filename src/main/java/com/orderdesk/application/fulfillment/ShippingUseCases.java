package com.orderdesk.application.fulfillment;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ServiceLabels;
import com.orderdesk.logic.fulfillment.ShipOutcome;
import com.orderdesk.logic.fulfillment.ShipWaveOutcome;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.invoicing.print.AddressBlock;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.common.Address;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The warehouse side, inside the caller's transaction: release a planned shipment (its pick list),
 * and confirm pick-pack-ship with the quantities that actually left. A short pick is routed again
 * from the other nodes (the short node excluded) or backordered; when every shipment of the order
 * has shipped the order is SHIPPED, ready for invoicing.
 */
public final class ShippingUseCases {
    static final String SHORT_PICK = "SHORT_PICK";
    static final String SHIPMENT_RELEASED = "SHIPMENT_RELEASED";
    static final String SHIPMENT_CONFIRMED = "SHIPMENT_CONFIRMED";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final FulfillmentRepository repository;
    private final AuditRecorder audit;
    private final FulfillmentRouter router;
    private final Clock clock;
    private final ShipmentRecorder recorder;

    public ShippingUseCases(UnitOfWork uow, AccessControl access, FulfillmentRepository repository, AuditRecorder audit,
                            FulfillmentRouter router, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.repository = repository;
        this.audit = audit;
        this.router = router;
        this.clock = clock;
        this.recorder = new ShipmentRecorder(repository);
    }

    /** Releases a planned shipment to its warehouse and returns its pick list (again, for one already released). */
    public PickListDocument releaseToWarehouse(SignedInUser user, long shipmentId) {
        access.require(user, Permission.SHIP_ORDERS);
        return uow.write("Releasing the shipment", () -> release(user, shipmentId));
    }

    /** Confirms what left: short lines are routed again from other nodes or backordered. */
    public ShipOutcome confirmShipped(SignedInUser user, ShipConfirmation confirmation) {
        access.require(user, Permission.SHIP_ORDERS);
        return uow.write("Confirming the shipment", () -> confirm(confirmation, user));
    }

    private PickListDocument release(SignedInUser user, long shipmentId) {
        Shipment sh = find(shipmentId);
        if (sh.status() == ShipmentStatus.PLANNED) {
            sh.markReleased(clock.instant());
            audit.record(user, AuditEvent.of(user.userName(), SHIPMENT_RELEASED, "SHIPMENT", sh.number())
                    .withChange(null, AuditValues.json(Map.of("node", sh.node().code(), "order", sh.order().number()))));
        } else if (sh.status() != ShipmentStatus.RELEASED && sh.status() != ShipmentStatus.PICKED) {
            throw new StoreException(sh.number() + " is " + sh.status().name().toLowerCase() + "; only planned or released "
                    + "shipments have a pick list.");
        }
        return pickList(sh, LocalDate.now(clock));
    }

    public static PickListDocument pickList(Shipment sh, LocalDate today) {
        SalesOrder order = sh.order();
        Address a = order.shipToAddress();
        List<String> lines = new ArrayList<>();
        if (a != null) {
            if (a.line1() != null) {
                lines.add(a.line1());
            }
            if (a.line2() != null) {
                lines.add(a.line2());
            }
            lines.add(String.join(" ", nonNull(a.city()) + ",", nonNull(a.state()), nonNull(a.zip())).strip());
        }
        List<PickListDocument.Line> picks = new ArrayList<>();
        for (ShipmentLine l : sh.lines()) {
            picks.add(new PickListDocument.Line(l.orderLine().lineNo(), l.product().sku(), l.product().description(),
                    BigDecimal.valueOf(l.quantityPlanned()), l.product().unit(), null));
        }
        // before it leaves, the pick list shows the plan: the date it must leave, its service and delivery date
        return new PickListDocument(sh.number(), sh.node().code(), sh.node().name(), order.number(), order.customer().name(),
                new AddressBlock(order.customer().name(), lines), sh.shipDate() != null ? sh.shipDate() : sh.plannedShipDate(),
                sh.carrier(), picks, today, ServiceLabels.label(sh.service()), sh.deliveryDate());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * Confirms a wave of shipments (the day's "confirm today's shipments") with one access check and
     * in one unit of work: each confirmation is checked before anything of it is written, a refused
     * one is listed with why and the others are confirmed, each audited as on its own. Should the
     * wave fail for a reason the checks did not foresee, it is rolled back whole and each
     * confirmation runs in its own unit, so one bad shipment still stops only itself.
     */
    public ShipWaveOutcome confirmWave(SignedInUser user, List<ShipConfirmation> confirmations) {
        access.require(user, Permission.SHIP_ORDERS);
        return new ShipmentWave(uow, repository, this::confirm).run(user, confirmations);
    }

    /** Why {@code c} cannot be confirmed on {@code sh} as it stands, or null: the checks, before any write. */
    static String problem(Shipment sh, ShipConfirmation c) {
        if (sh.version() != c.expectedVersion()) {
            return sh.number() + " was changed at another desk since you opened it; reload it and confirm again.";
        }
        if (!(sh.status() == ShipmentStatus.PLANNED || sh.status() == ShipmentStatus.RELEASED || sh.status() == ShipmentStatus.PICKED)) {
            return sh.number() + " is already " + sh.status().name().toLowerCase() + ".";
        }
        if (c.carrier() == null || c.carrier().isBlank()) {
            return "Carrier: name the carrier that took " + sh.number() + ".";
        }
        if (c.shipDate() == null) {
            return "Ship date: give the day " + sh.number() + " left.";
        }
        for (ShipmentLine line : sh.lines()) {
            int shipped = c.shippedByLine().getOrDefault(line.id(), line.quantityPlanned());
            if (shipped < 0 || shipped > line.quantityPlanned()) {
                return line.product().sku() + ": shipped quantity must be between 0 and " + line.quantityPlanned()
                        + ", not " + shipped + ".";
            }
        }
        return null;
    }

    ShipOutcome confirm(ShipConfirmation c, SignedInUser actor) {
        String user = actor.userName();
        Shipment sh = find(c.shipmentId());
        String problem = problem(sh, c);
        if (problem != null) {
            if (sh.version() != c.expectedVersion()) {
                throw new ConcurrentEditException(problem);
            }
            throw new StoreException(problem);
        }
        Instant now = clock.instant();
        long nodeId = sh.node().id();
        Map<Long, Integer> shortByOrderLine = new LinkedHashMap<>();
        int shippedUnits = 0;
        int shortUnits = 0;
        for (ShipmentLine line : sh.lines()) {
            int shipped = c.shippedByLine().getOrDefault(line.id(), line.quantityPlanned());
            line.confirmShipped(shipped);
            long productId = line.product().id();
            int planned = line.quantityPlanned();
            repository.ship(nodeId, productId, planned);
            shippedUnits += shipped;
            if (shipped < planned) {
                shortByOrderLine.merge(line.orderLine().id(), planned - shipped, Integer::sum);
                shortUnits += planned - shipped;
            }
        }
        sh.markShipped(c.carrier().strip(), c.trackingNumber() == null ? null : c.trackingNumber().strip(), c.shipDate(), user, now);
        if (shippedUnits == 0) {
            sh.setStatus(ShipmentStatus.CANCELLED);
        }
        SalesOrder order = sh.order();
        List<String> rerouted = List.of();
        int backordered = 0;
        if (shortUnits > 0) {
            repository.flush();
            String shortNode = sh.node().code();
            OrderContext ctx = OrderContext.build(repository, order, shortByOrderLine, Map.of(), Set.of(shortNode),
                    LocalDate.now(clock));
            OrderPlan plan = ctx.plan(router);
            rerouted = recorder.write(ctx, plan, shortByOrderLine, "SHORT_PICK", now);
            backordered = plan.backorderedUnits();
            audit.record(actor, new AuditEvent(user, SHORT_PICK, "SHIPMENT", sh.number(),
                    null, null, shortUnits + " units short at " + shortNode + "; re-routed to "
                    + (rerouted.isEmpty() ? "none" : String.join(", ", rerouted)) + ", backordered " + backordered));
        }
        audit.record(actor, AuditEvent.of(user, SHIPMENT_CONFIRMED, "SHIPMENT", sh.number())
                .withChange(null, AuditValues.json(Map.of("shipped", shippedUnits, "short", shortUnits,
                        "carrier", c.carrier().strip(), "tracking", c.trackingNumber() == null ? "" : c.trackingNumber().strip()))));
        repository.flush();
        boolean allShipped = repository.shipmentsAsFlushed(order.id()).stream() // just flushed
                .filter(x -> x.status() != ShipmentStatus.CANCELLED)
                .allMatch(x -> x.status() == ShipmentStatus.SHIPPED || x.status() == ShipmentStatus.INVOICED);
        if (allShipped) {
            order.setStatus(OrderStatus.SHIPPED);
            order.markChanged(user, now);
        }
        return new ShipOutcome(sh.number(), shortUnits, rerouted, backordered, allShipped,
                message(sh, shippedUnits, shortUnits, rerouted, backordered, allShipped, order.number()));
    }

    private static String message(Shipment sh, int shipped, int shortUnits, List<String> rerouted, int backordered,
                                  boolean orderShipped, String orderNumber) {
        StringBuilder m = new StringBuilder(sh.number()).append(" shipped (").append(shipped).append(" units)");
        if (shortUnits > 0) {
            m.append("; short ").append(shortUnits).append(" at ").append(sh.node().code());
            int moved = shortUnits - backordered;
            if (moved > 0) {
                m.append(": ").append(moved).append(" re-routed to ").append(String.join(", ", rerouted));
            }
            if (backordered > 0) {
                m.append(moved > 0 ? ", " : ": ").append(backordered).append(" backordered");
            }
        }
        if (orderShipped) {
            m.append(". Order ").append(orderNumber).append(" is shipped");
        }
        return m.append('.').toString();
    }

    private Shipment find(long id) {
        return repository.shipment(id).orElseThrow(() -> new StoreException("No shipment with id " + id + "."));
    }
}
