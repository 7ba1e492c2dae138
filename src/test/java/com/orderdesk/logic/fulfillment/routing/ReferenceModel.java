package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.UsPlaces;
import com.orderdesk.bench.routing.ScenarioGenerator;
import com.orderdesk.model.common.GeoPoint;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The spec's cost model written again, naively and independently of the engine (straight from
 * the records), plus a brute-force optimum and random small scenarios to check the engine against.
 */
final class ReferenceModel {
    private ReferenceModel() {
    }

    static int zone(RateCard card, double km) {
        for (ZoneBand z : card.zones()) {
            if (z.maxKm() == null || z.maxKm() >= km) {
                return z.zone();
            }
        }
        return -1;
    }

    static double rate(RateCard card, int zone, double kg) {
        List<Double> breaks = card.weightBreaksKg();
        List<Double> prices = card.prices().get(zone);
        for (int i = 0; i < breaks.size(); i++) {
            if (kg <= breaks.get(i) + 1e-9) {
                return prices.get(i);
            }
        }
        int last = breaks.size() - 1;
        return prices.get(last) + card.perKgAboveMax().get(zone) * (kg - breaks.get(last));
    }

    static Map<String, Integer> available(Scenario s) {
        Map<String, Integer> avail = new HashMap<>();
        for (StockLevel l : s.inventory()) {
            avail.merge(l.node() + "|" + l.sku(), Math.max(0, l.qty() - l.safetyStock()), Integer::sum);
        }
        return avail;
    }

    /** Cost of one order's plan given as node -> (sku -> qty), or +inf if a zone is missing. */
    static double cost(Scenario s, RoutingOrder o, Map<String, Map<String, Integer>> plan) {
        Map<String, Double> weight = new HashMap<>();
        s.skus().forEach(k -> weight.put(k.sku(), k.weightKg()));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        o.lines().forEach(l -> ordered.merge(l.sku(), l.qty(), Integer::sum));
        double total = 0;
        int shipped = 0;
        for (Map.Entry<String, Map<String, Integer>> e : plan.entrySet()) {
            FulfillmentNode node = s.nodes().stream().filter(n -> n.id().equals(e.getKey())).findFirst().orElseThrow();
            int units = 0;
            double kg = 0;
            for (Map.Entry<String, Integer> l : e.getValue().entrySet()) {
                units += l.getValue();
                kg += l.getValue() * weight.get(l.getKey());
            }
            if (units == 0) {
                continue;
            }
            int zone = zone(s.rateCard(), node.location().distanceKm(o.shipTo()));
            if (zone < 0) {
                return Double.POSITIVE_INFINITY;
            }
            double factor = cheapestFactorInTime(s, o, node, zone);
            if (Double.isInfinite(factor)) {
                return Double.POSITIVE_INFINITY;
            }
            total += node.handlingCost() + node.pickCostPerUnit() * units + rate(s.rateCard(), zone, kg) * factor;
            shipped += units;
        }
        int all = ordered.values().stream().mapToInt(Integer::intValue).sum();
        return total + s.backorderPenaltyPerUnit() * (all - shipped);
    }

    /**
     * The contract's dates, read naively: the lowest price factor of the services that go to the
     * zone and, when the order has a deliverBy, arrive on or before it (leaving on release +
     * handling days); 1 without services; +infinity when no service can.
     */
    static double cheapestFactorInTime(Scenario s, RoutingOrder o, FulfillmentNode node, int zone) {
        if (s.rateCard().services().isEmpty()) {
            return 1;
        }
        java.time.LocalDate release = o.releaseDate() != null ? o.releaseDate() : s.today();
        java.time.LocalDate leaves = release.plusDays(node.handlingDays());
        double best = Double.POSITIVE_INFINITY;
        for (CarrierService service : s.rateCard().services()) {
            Integer days = service.transitDaysByZone().get(zone);
            if (days == null) {
                days = service.transitDaysAnyZone();
            }
            if (days == null || o.deliverBy() != null && leaves.plusDays(days).isAfter(o.deliverBy())) {
                continue;
            }
            best = Math.min(best, service.priceFactor());
        }
        return best;
    }

    /** Minimum order cost by enumerating every assignment against {@code avail} (and nodes with shipments left). */
    static double bruteForce(Scenario s, RoutingOrder o, Map<String, Integer> avail, Map<String, Integer> shipmentsLeft) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        o.lines().forEach(l -> ordered.merge(l.sku(), l.qty(), Integer::sum));
        List<String> skus = List.copyOf(ordered.keySet());
        List<String> nodes = s.nodes().stream().map(FulfillmentNode::id)
                .filter(n -> shipmentsLeft.getOrDefault(n, Integer.MAX_VALUE) > 0).toList();
        int[][] x = new int[nodes.size()][skus.size()];
        double[] best = {Double.POSITIVE_INFINITY};
        enumerate(s, o, ordered, skus, nodes, avail, x, 0, 0, best);
        return best[0];
    }

    private static void enumerate(Scenario s, RoutingOrder o, Map<String, Integer> ordered, List<String> skus,
                                  List<String> nodes, Map<String, Integer> avail, int[][] x, int line, int node,
                                  double[] best) {
        if (line == skus.size()) {
            Map<String, Map<String, Integer>> plan = new LinkedHashMap<>();
            int shipments = 0;
            int shippedUnits = 0;
            for (int n = 0; n < nodes.size(); n++) {
                Map<String, Integer> lines = new LinkedHashMap<>();
                for (int l = 0; l < skus.size(); l++) {
                    if (x[n][l] > 0) {
                        lines.put(skus.get(l), x[n][l]);
                        shippedUnits += x[n][l];
                    }
                }
                if (!lines.isEmpty()) {
                    plan.put(nodes.get(n), lines);
                    shipments++;
                }
            }
            int all = ordered.values().stream().mapToInt(Integer::intValue).sum();
            if (o.maxShipments() != null && shipments > o.maxShipments()) {
                return;
            }
            if (o.shipComplete() && shipments > 0 && (shipments > 1 || shippedUnits < all)) {
                return;
            }
            best[0] = Math.min(best[0], cost(s, o, plan));
            return;
        }
        if (node == nodes.size()) {
            enumerate(s, o, ordered, skus, nodes, avail, x, line + 1, 0, best);
            return;
        }
        int left = ordered.get(skus.get(line));
        for (int n = 0; n < node; n++) {
            left -= x[n][line];
        }
        int max = Math.min(left, avail.getOrDefault(nodes.get(node) + "|" + skus.get(line), 0));
        for (int q = 0; q <= max; q++) {
            x[node][line] = q;
            enumerate(s, o, ordered, skus, nodes, avail, x, line, node + 1, best);
        }
        x[node][line] = 0;
    }

    /**
     * The orders of {@link #randomSmall}({@code seed}, 1.0) a search can be checked against by
     * enumeration: not ship-complete, with a node to ship from, at most {@code maxAssignments} assignments.
     */
    static List<OrderProblem> enumerableOrders(long seed, long maxAssignments) {
        Scenario s = randomSmall(seed, 1.0);
        Network net = new Network(s);
        List<OrderProblem> out = new java.util.ArrayList<>();
        for (RoutingOrder o : s.orders()) {
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            if (!p.shipComplete && p.nodeCount > 0 && assignments(p) <= maxAssignments) {
                out.add(p);
            }
        }
        return out;
    }

    /** A small random scenario: 2-4 nodes, 3 skus (0.2-14 kg so breaks and the per-kg tail matter), 1-4 orders. */
    static Scenario randomSmall(long seed, double stockScale) {
        SplittableRandom r = new SplittableRandom(seed);
        int nodeCount = r.nextInt(2, 5);
        List<FulfillmentNode> nodes = new java.util.ArrayList<>();
        for (int n = 0; n < nodeCount; n++) {
            GeoPoint at = UsPlaces.METROS.get(r.nextInt(UsPlaces.METROS.size()));
            Integer cap = r.nextDouble() < 0.3 ? r.nextInt(1, 3) : null;
            nodes.add(new FulfillmentNode("N" + n, NodeType.values()[r.nextInt(3)], at,
                    r.nextInt(0, 6) * 0.75, r.nextInt(0, 4) * 0.15, cap));
        }
        List<SkuInfo> skus = List.of(new SkuInfo("S0", 0.2 + r.nextInt(0, 20) * 0.1),
                new SkuInfo("S1", 0.5 + r.nextInt(0, 40) * 0.25), new SkuInfo("S2", 3 + r.nextInt(0, 12)));
        List<StockLevel> stock = new java.util.ArrayList<>();
        for (FulfillmentNode n : nodes) {
            for (SkuInfo k : skus) {
                if (r.nextDouble() < 0.75) {
                    stock.add(new StockLevel(n.id(), k.sku(), (int) Math.round(r.nextInt(0, 5) * stockScale), r.nextInt(0, 2)));
                }
            }
        }
        List<RoutingOrder> orders = new java.util.ArrayList<>();
        int orderCount = r.nextInt(1, 5);
        for (int o = 0; o < orderCount; o++) {
            int lines = r.nextInt(1, 4);
            List<OrderLine> ol = new java.util.ArrayList<>();
            for (int l = 0; l < lines; l++) {
                ol.add(new OrderLine(skus.get(r.nextInt(3)).sku(), r.nextInt(1, 4)));
            }
            GeoPoint to = UsPlaces.METROS.get(r.nextInt(UsPlaces.METROS.size()));
            orders.add(new RoutingOrder("O" + o, to, ol, r.nextDouble() < 0.2,
                    r.nextDouble() < 0.25 ? r.nextInt(1, 3) : null));
        }
        double penalty = new double[] {25, 6, 60}[r.nextInt(3)];
        return new Scenario(ScenarioGenerator.rateCard(), nodes, skus, stock, orders, penalty);
    }

    /** How many ways the order's units can be placed: what an exhaustive check of it would visit. */
    static double assignments(OrderProblem p) {
        double count = 1;
        for (int n = 0; n < p.nodeCount; n++) {
            for (int l = 0; l < p.lineCount; l++) {
                count *= p.avail[n][l] + 1;
            }
        }
        return count;
    }

    /**
     * The level one node's load falls under: {@link LevelBound#CLOSED} when empty, else the first
     * weight break it fits under, else the tail ({@code breakCount}). The routing tests' one copy.
     */
    static int levelOf(OrderProblem p, int[] load) {
        long w = 0;
        int units = 0;
        for (int l = 0; l < p.lineCount; l++) {
            w += load[l] * p.weight[l];
            units += load[l];
        }
        if (units == 0) {
            return LevelBound.CLOSED;
        }
        for (int j = 0; j < p.rates.breakCount(); j++) {
            if (w <= p.rates.breakAt(j)) {
                return j;
            }
        }
        return p.rates.breakCount();
    }
}
