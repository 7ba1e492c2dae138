package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderExplanation;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.RoutingMode;
import com.orderdesk.logic.fulfillment.routing.RoutingOrder;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.logic.fulfillment.routing.SkuInfo;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One order ready for the router: its quantities to route per sku, and a one-order {@link Scenario}
 * built from the database as the caller's transaction sees it, with the lookups needed to turn the
 * router's plan back into rows (node ids, product ids, order lines per sku).
 */
public record OrderContext(SalesOrder order, RoutingOrder routingOrder, Scenario scenario, Map<String, NodeRow> nodes,
                           Map<String, Long> productIds, Map<String, List<SalesOrderLine>> linesBySku, List<StockRow> stock) {

    /**
     * @param toRoute    quantity to route per order line id (all of each line for a fresh order; the
     *                   missing part after a short pick)
     * @param givenBack  units to count back as available, by "NODE|SKU" (the order's own reservations)
     * @param excluded   node codes not to use (the node that came up short)
     * @param today      the release date (with carrier services every plan is dated from it)
     */
    public static OrderContext build(FulfillmentRepository repository, SalesOrder order, Map<Long, Integer> toRoute,
                                     Map<String, Integer> givenBack, Set<String> excluded, LocalDate today) {
        return build(order, toRoute, givenBack, excluded, today, productIds -> repository.routingBook(productIds));
    }

    /**
     * As above on a routing book already read, for orders routed against the same nodes and rate card
     * (the demo's history, whose goods left before today's stock: one read for all of them). Its
     * stock, if any, is filtered to the order's products here.
     */
    public static OrderContext build(RoutingBook book, SalesOrder order, Map<Long, Integer> toRoute,
                                     Map<String, Integer> givenBack, Set<String> excluded, LocalDate today) {
        return build(order, toRoute, givenBack, excluded, today, productIds -> book.ofProducts(productIds));
    }

    private static OrderContext build(SalesOrder order, Map<Long, Integer> toRoute, Map<String, Integer> givenBack,
                                      Set<String> excluded, LocalDate today,
                                      java.util.function.Function<Collection<Long>, RoutingBook> books) {
        GeoPoint shipTo = order.shipToAddress() == null ? null : order.shipToAddress().point();
        if (shipTo == null) {
            throw new StoreException("Order " + order.number() + " has no ship-to location (latitude and longitude); "
                    + "correct its ship-to address, then route it.");
        }
        Map<String, List<SalesOrderLine>> bySku = new LinkedHashMap<>();
        Map<String, Integer> qty = new LinkedHashMap<>();
        Map<String, Long> productIds = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (SalesOrderLine line : order.lines()) {
            bySku.computeIfAbsent(line.sku(), k -> new ArrayList<>()).add(line);
            int q = toRoute.getOrDefault(line.id(), 0);
            if (q > 0) {
                qty.merge(line.sku(), q, Integer::sum);
            }
            productIds.put(line.sku(), line.product().id());
            weights.put(line.sku(), line.product().weightGrams() / 1000.0);
        }
        List<OrderLine> lines = qty.entrySet().stream().map(e -> new OrderLine(e.getKey(), e.getValue())).toList();
        RoutingOrder routingOrder = new RoutingOrder(order.number(), shipTo, lines, false, null, today, order.deliverBy());
        RoutingBook book = books.apply(productIds.values());
        Map<String, NodeRow> nodes = new LinkedHashMap<>();
        for (NodeRow n : book.nodes()) {
            if (!excluded.contains(n.routing().id()) && !n.atCapacity()) {
                nodes.put(n.routing().id(), n);
            }
        }
        List<StockRow> stock = book.stock().stream()
                .filter(s -> nodes.containsKey(s.nodeCode())).toList();
        List<SkuInfo> skus = weights.entrySet().stream().map(e -> new SkuInfo(e.getKey(), e.getValue())).toList();
        Scenario scenario = new Scenario(book.rateCard(), nodes.values().stream().map(NodeRow::routing).toList(),
                skus, RoutingBook.levels(stock, givenBack), List.of(routingOrder), book.backorderPenalty(), today);
        return new OrderContext(order, routingOrder, scenario, nodes, productIds, bySku, stock);
    }

    /**
     * The order's plan: the least cost arriving by the order's deliver-by date. When that date
     * cannot be met for some units (the contract backorders them), the application ships them
     * anyway: the plan without a date is taken if it backorders fewer units (a late delivery is
     * better than none; order entry told the clerk the date could not be met).
     */
    public OrderPlan plan(FulfillmentRouter router) {
        OrderPlan dated = router.route(scenario, RoutingMode.INDEPENDENT).orders().get(0);
        if (routingOrder.deliverBy() == null || dated.backorderedUnits() == 0 || !scenario.rateCard().hasServices()) {
            return dated;
        }
        Scenario undated = scenario.withOrders(List.of(routingOrder.withDeliverBy(null)));
        OrderPlan late = router.route(undated, RoutingMode.INDEPENDENT).orders().get(0);
        return late.backorderedUnits() < dated.backorderedUnits() ? late : dated;
    }

    /**
     * Why the order is routed as it is, on the scenario {@link #plan} takes: when the deliver-by
     * date cannot be met and the plan without it ships more, the explanation is of that late plan
     * (otherwise it would show the order all backordered beside a plan that ships).
     * {@code missedDeliverBy} is the date that cannot be met, null when it can (or there is none).
     */
    public record Explained(OrderExplanation explanation, Scenario scenario, LocalDate missedDeliverBy) {
    }

    public Explained explain(FulfillmentRouter router, int alternatives) {
        OrderExplanation dated = router.explain(scenario, order.number(), alternatives);
        if (routingOrder.deliverBy() == null || dated.chosen().backorderedUnits() == 0 || !scenario.rateCard().hasServices()) {
            return new Explained(dated, scenario, null);
        }
        Scenario undated = scenario.withOrders(List.of(routingOrder.withDeliverBy(null)));
        OrderExplanation late = router.explain(undated, order.number(), alternatives);
        return late.chosen().backorderedUnits() < dated.chosen().backorderedUnits()
                ? new Explained(late, undated, routingOrder.deliverBy())
                : new Explained(dated, scenario, null);
    }

    public static Map<Long, Integer> wholeOrder(SalesOrder order) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        order.lines().forEach(l -> out.put(l.id(), l.quantity()));
        return out;
    }

    public Collection<Long> productIdList() {
        return productIds.values();
    }
}
