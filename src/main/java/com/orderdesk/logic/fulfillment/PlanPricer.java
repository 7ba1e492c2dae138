package com.orderdesk.logic.fulfillment;

import com.orderdesk.logic.fulfillment.routing.CostBreakdown;
import com.orderdesk.logic.fulfillment.routing.FulfillmentNode;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.RateCard;
import com.orderdesk.logic.fulfillment.routing.RoutingOrder;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.logic.fulfillment.routing.Shipment;
import com.orderdesk.logic.fulfillment.routing.SkuInfo;
import com.orderdesk.logic.fulfillment.routing.ZoneBand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices a plan a person proposes (an alternative, or the plan with a line moved to another node)
 * with exactly the cost model of routing.md, so the override preview and the router agree to the
 * cent. Plain Java; the router's own pricing is internal to its package, hence this small twin.
 */
public final class PlanPricer {
    private static final double MICRO = 1_000_000.0;

    private final Scenario scenario;
    private final Map<String, FulfillmentNode> nodes = new HashMap<>();
    private final Map<String, Long> microKg = new HashMap<>();

    public PlanPricer(Scenario scenario) {
        this.scenario = scenario;
        scenario.nodes().forEach(n -> nodes.put(n.id(), n));
        for (SkuInfo s : scenario.skus()) {
            microKg.put(s.sku(), Math.round(s.weightKg() * MICRO));
        }
    }

    /** The plan that ships {@code byNode} (node -> sku -> qty) for {@code order}; whatever is left is backordered. */
    public OrderPlan price(RoutingOrder order, Map<String, Map<String, Integer>> byNode) {
        List<Shipment> shipments = new ArrayList<>();
        Map<String, Integer> shipped = new HashMap<>();
        CostBreakdown total = CostBreakdown.ZERO;
        for (var entry : byNode.entrySet()) {
            List<OrderLine> lines = entry.getValue().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> new OrderLine(e.getKey(), e.getValue())).sorted(Comparator.comparing(OrderLine::sku)).toList();
            if (lines.isEmpty()) {
                continue;
            }
            Shipment s = shipment(entry.getKey(), order, lines);
            shipments.add(s);
            total = total.plus(s.breakdown());
            lines.forEach(l -> shipped.merge(l.sku(), l.qty(), Integer::sum));
        }
        List<OrderLine> backordered = new ArrayList<>();
        int backorderedUnits = 0;
        for (OrderLine l : order.lines()) {
            int left = l.qty() - shipped.getOrDefault(l.sku(), 0);
            if (left < 0) {
                throw new IllegalArgumentException("The plan ships " + shipped.get(l.sku()) + " of " + l.sku()
                        + " but the order asks for " + l.qty() + ".");
            }
            if (left > 0) {
                backordered.add(new OrderLine(l.sku(), left));
                backorderedUnits += left;
            }
        }
        total = total.plus(new CostBreakdown(0, 0, 0, backorderedUnits * scenario.backorderPenaltyPerUnit()));
        shipments.sort(Comparator.comparingDouble(Shipment::distanceKm));
        return new OrderPlan(order.id(), total.total(), false, shipments, backordered, total);
    }

    /** A plan's assignment as node -> sku -> qty, the form {@link #price} takes and an edit changes. */
    public static Map<String, Map<String, Integer>> assignment(OrderPlan plan) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (Shipment s : plan.shipments()) {
            Map<String, Integer> lines = out.computeIfAbsent(s.node(), k -> new LinkedHashMap<>());
            s.lines().forEach(l -> lines.merge(l.sku(), l.qty(), Integer::sum));
        }
        return out;
    }

    /** The plan with {@code qty} units of {@code sku} moved from node {@code from} to node {@code to}. */
    public OrderPlan moveLine(RoutingOrder order, OrderPlan plan, String from, String sku, String to, int qty) {
        Map<String, Map<String, Integer>> a = assignment(plan);
        Map<String, Integer> source = a.get(from);
        int there = source == null ? 0 : source.getOrDefault(sku, 0);
        if (qty <= 0 || qty > there) {
            throw new IllegalArgumentException(from + " ships " + there + " of " + sku + "; cannot move " + qty + ".");
        }
        source.merge(sku, -qty, Integer::sum);
        if (to != null) {
            a.computeIfAbsent(to, k -> new LinkedHashMap<>()).merge(sku, qty, Integer::sum);
        }
        return price(order, a);
    }

    private Shipment shipment(String nodeId, RoutingOrder order, List<OrderLine> lines) {
        FulfillmentNode node = nodes.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("No active node " + nodeId + ".");
        }
        long micro = 0;
        int units = 0;
        for (OrderLine l : lines) {
            Long w = microKg.get(l.sku());
            if (w == null) {
                throw new IllegalArgumentException("No weight known for " + l.sku() + ".");
            }
            micro += w * l.qty();
            units += l.qty();
        }
        double km = node.location().distanceKm(order.shipTo());
        RateCard card = scenario.rateCard();
        int zone = zoneOf(card, km);
        double rate = rate(card, zone, micro);
        CostBreakdown b = new CostBreakdown(node.handlingCost(), node.pickCostPerUnit() * units, rate, 0);
        return new Shipment(nodeId, km, zone, micro / MICRO, units, b.total(), b, lines);
    }

    static int zoneOf(RateCard card, double km) {
        for (ZoneBand z : card.zones()) {
            if (z.maxKm() == null || z.maxKm() >= km) {
                return z.zone();
            }
        }
        throw new IllegalArgumentException("No zone of the rate card covers " + km + " km.");
    }

    static double rate(RateCard card, int zone, long microKg) {
        List<Double> breaks = card.weightBreaksKg();
        List<Double> prices = card.prices().get(zone);
        for (int i = 0; i < breaks.size(); i++) {
            if (Math.round(breaks.get(i) * MICRO) >= microKg) {
                return prices.get(i);
            }
        }
        int last = breaks.size() - 1;
        return prices.get(last) + card.perKgAboveMax().get(zone) * (microKg / MICRO - breaks.get(last));
    }
}
