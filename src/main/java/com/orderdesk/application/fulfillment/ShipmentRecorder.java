package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.store.StockTakenException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.SalesOrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Takes no user: it runs inside the caller's unit of work, after the calling use case (routing,
 * routing override, short pick) checked its user's permission; so what changes stock is
 * package-private, and only {@link #writeHistory} (the demo book's past, written before anyone can
 * sign in) is reachable from outside fulfillment (decision 0011).
 *
 * <p>Turns a router plan into rows inside the caller's transaction: one numbered shipment per node
 * with its lines, the stock reserved by conditional updates (refused if another desk took it
 * first), and the backordered remainder recorded. Quantities are spread over the order's lines
 * of each sku in line order.
 */
public final class ShipmentRecorder {
    private final FulfillmentRepository repository;

    public ShipmentRecorder(FulfillmentRepository repository) {
        this.repository = repository;
    }

    /** Writes {@code plan}; returns the new shipment numbers. {@code toRoute} is consumed line by line. */
    List<String> write(OrderContext ctx, OrderPlan plan, Map<Long, Integer> toRoute, String cause, Instant now) {
        return write(ctx, plan, toRoute, cause, now, true);
    }

    /** As above; {@code reserve} false records history (goods that already left) without touching stock. */
    List<String> write(OrderContext ctx, OrderPlan plan, Map<Long, Integer> toRoute, String cause, Instant now,
                       boolean reserve) {
        return write(ctx, plan, toRoute, cause, now, reserve, shipment -> { });
    }

    /**
     * Records history (goods that already left) without touching stock, each shipment handed to
     * {@code asItLeft} (numbered, with its lines) before it is stored: a shipment completed there is
     * inserted as it left, instead of inserted as planned and then updated row by row (the demo
     * book's thousands of past shipments).
     */
    public List<String> writeHistory(OrderContext ctx, OrderPlan plan, Map<Long, Integer> toRoute, String cause, Instant now,
                                     Consumer<Shipment> asItLeft) {
        return write(ctx, plan, toRoute, cause, now, false, asItLeft);
    }

    private List<String> write(OrderContext ctx, OrderPlan plan, Map<Long, Integer> toRoute, String cause, Instant now,
                               boolean reserve, Consumer<Shipment> beforeStored) {
        Map<Long, Integer> left = new LinkedHashMap<>(toRoute);
        List<String> numbers = new ArrayList<>();
        for (com.orderdesk.logic.fulfillment.routing.Shipment planned : plan.shipments()) {
            NodeRow node = ctx.nodes().get(planned.node());
            Shipment shipment = new Shipment(repository.nextShipmentNumber(), ctx.order(),
                    repository.nodeReference(node.id()), Money.of(planned.amount()), round1(planned.distanceKm()),
                    planned.zone(), (int) Math.round(planned.weightKg() * 1000), planned.units());
            shipment.plan(planned.service(), planned.shipDate(), planned.deliveryDate());
            shipment.markPlanned(now);
            for (OrderLine line : planned.lines()) {
                long productId = ctx.productIds().get(line.sku());
                boolean reserved = !reserve || repository.reserve(node.id(), productId, line.qty());
                if (!reserved) {
                    throw new StockTakenException(line.qty() + " x " + line.sku() + " are no longer available at "
                            + planned.node() + ": another desk reserved them first.");
                }
                spread(ctx, line, left, (orderLine, q) -> shipment.addLine(
                        new ShipmentLine(orderLine, repository.productReference(productId), q)));
            }
            beforeStored.accept(shipment);
            repository.add(shipment);
            numbers.add(shipment.number());
        }
        for (OrderLine line : plan.backordered()) {
            long productId = ctx.productIds().get(line.sku());
            spread(ctx, line, left, (orderLine, q) -> repository.addBackorder(ctx.order().id(), orderLine.id(),
                    productId, q, cause, now));
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

    /** Cancels a planned shipment and gives its reservation back. */
    void cancel(Shipment shipment) {
        if (shipment.status() != ShipmentStatus.PLANNED) {
            throw new IllegalStateException(shipment.number() + " is " + shipment.status() + ", not planned");
        }
        long nodeId = shipment.node().id();
        for (ShipmentLine line : shipment.lines()) {
            long productId = line.product().id();
            int qty = line.quantityPlanned();
            repository.unreserve(nodeId, productId, qty);
        }
        shipment.setStatus(ShipmentStatus.CANCELLED);
    }

    /** Cancels a shipment not yet shipped (planned, or at the warehouse) and gives its reservation back. */
    void callBack(Shipment shipment) {
        if (shipment.status() == ShipmentStatus.RELEASED || shipment.status() == ShipmentStatus.PICKED) {
            shipment.setStatus(ShipmentStatus.PLANNED);
        }
        cancel(shipment);
    }

    /** Deletes a planned shipment and gives its reservation back (its order is being amended). */
    void discard(Shipment shipment) {
        cancel(shipment);
        repository.remove(shipment);
    }

    public static Money money(double amount) {
        return Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
    }

    private static Double round1(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
