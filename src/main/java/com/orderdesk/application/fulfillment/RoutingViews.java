package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.fulfillment.NodeStock;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.order.SalesOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One order as the routing map shows it, read in the open unit of work: its stored shipments,
 * the stock at each node (counting the order's own reservations as its own), its backorders, and
 * the router's explanation of the best plan with its alternatives.
 */
final class RoutingViews {
    private final FulfillmentRepository repository;
    private final FulfillmentRouter router;
    private final java.time.Clock clock;

    RoutingViews(FulfillmentRepository repository, FulfillmentRouter router, java.time.Clock clock) {
        this.repository = repository;
        this.router = router;
        this.clock = clock;
    }

    OrderRoutingView view(long orderId) {
        SalesOrder order = repository.order(orderId).orElseThrow(() -> new StoreException("No order with id " + orderId + "."));
        Map<String, Integer> givenBack = new HashMap<>();
        List<StoredShipment> stored = new ArrayList<>();
        for (Shipment sh : repository.shipments(orderId)) {
            List<StoredShipment.Line> lines = new ArrayList<>();
            for (ShipmentLine l : sh.lines()) {
                lines.add(new StoredShipment.Line(l.id(), l.orderLine().id(), l.product().sku(), l.product().description(),
                        l.quantityPlanned(), l.quantityShipped()));
                if (OwnReservations.holdsStock(sh.status())) {
                    givenBack.merge(sh.node().code() + "|" + l.product().sku(), l.quantityPlanned(), Integer::sum);
                }
            }
            stored.add(new StoredShipment(sh.id(), sh.number(), sh.node().code(), sh.status(), sh.plannedCost(), sh.distanceKm(),
                    sh.zone(), sh.weightGrams(), sh.units(), sh.carrier(), sh.trackingNumber(), sh.shipDate(), sh.version(), lines,
                    new StoredShipment.Dates(sh.service(), sh.plannedShipDate(), sh.deliveryDate())));
        }
        List<OrderLine> backordered = repository.openBackorders(orderId);
        var address = order.shipToAddress();
        if (address == null || address.point() == null) {
            // no location: nothing to route or draw, but the stored shipments still show
            return new OrderRoutingView(orderId, order.number(), order.customer().name(), order.status(),
                    (address == null ? "" : address.oneLine()) + " (no map location: cannot be routed)", null, List.of(), List.of(),
                    stored, backordered, null, null);
        }
        OrderContext ctx = OrderContext.build(repository, order, OrderContext.wholeOrder(order), givenBack, Set.of(),
                java.time.LocalDate.now(clock));
        List<NodeStock> nodes = new ArrayList<>();
        for (NodeRow n : ctx.nodes().values()) {
            Map<String, Integer> avail = new LinkedHashMap<>();
            ctx.routingOrder().lines().forEach(l -> avail.put(l.sku(), 0));
            for (StockRow st : ctx.stock()) {
                if (st.nodeCode().equals(n.routing().id())) {
                    int back = givenBack.getOrDefault(st.nodeCode() + "|" + st.sku(), 0);
                    avail.merge(st.sku(), Math.max(0, st.onHand() - st.reserved() + back - st.safetyStock()), Integer::sum);
                }
            }
            nodes.add(new NodeStock(n.routing().id(), n.name(), n.kind(), n.routing().location(),
                    avail.entrySet().stream().map(e -> new OrderLine(e.getKey(), e.getValue())).toList()));
        }
        OrderContext.Explained explained = ctx.routingOrder().lines().isEmpty() ? null : ctx.explain(router, 3);
        return new OrderRoutingView(orderId, order.number(), order.customer().name(), order.status(), address.oneLine(),
                address.point(), ctx.routingOrder().lines(), nodes, stored, backordered,
                explained == null ? null : explained.explanation(), explained == null ? ctx.scenario() : explained.scenario(),
                explained == null ? null : explained.missedDeliverBy());
    }
}
