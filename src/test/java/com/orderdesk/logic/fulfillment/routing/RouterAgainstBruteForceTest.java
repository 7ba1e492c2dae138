package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Many small random scenarios: the engine against an independent brute force and constraint checks. */
class RouterAgainstBruteForceTest {
    private static final int SCENARIOS = 250;
    private final FulfillmentRouter router = new FulfillmentRouter(10_000_000, 1, 2_000);

    @Test
    void everyIndependentPlanIsTheBruteForceOptimum() {
        int checked = 0;
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = ReferenceModel.randomSmall(seed, 1.0);
            RoutingPlan plan = router.route(s, RoutingMode.INDEPENDENT);
            Map<String, Integer> avail = ReferenceModel.available(s);
            for (int i = 0; i < s.orders().size(); i++) {
                RoutingOrder o = s.orders().get(i);
                OrderPlan p = plan.orders().get(i);
                double best = ReferenceModel.bruteForce(s, o, avail, Map.of());
                assertThat(p.cost()).as("seed %d order %s", seed, o.id()).isCloseTo(best, within(0.005));
                assertThat(p.optimal()).isTrue();
                assertThat(ReferenceModel.cost(s, o, asMap(p))).isCloseTo(p.cost(), within(1e-6));
                checked++;
            }
            checkConstraints(s, plan, false);
        }
        assertThat(checked).isGreaterThan(SCENARIOS);
    }

    /**
     * The same check with the quick search given a single visit, so that the Lagrangian proof,
     * node exclusion and the node-set search with its break-first inner solver decide.
     */
    @Test
    void everyStageOfTheOptimizerIsExact() {
        int viaSearch = 0;
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = ReferenceModel.randomSmall(seed, 1.0);
            Network net = new Network(s);
            Map<String, Integer> avail = ReferenceModel.available(s);
            for (RoutingOrder o : s.orders()) {
                OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
                SolveResult r = OrderOptimizer.optimum(p, 10_000_000, 1);
                double best = ReferenceModel.bruteForce(s, o, avail, Map.of());
                assertThat(r.optimal()).isTrue();
                assertThat(r.cost()).as("seed %d order %s", seed, o.id()).isCloseTo(best, within(0.005));
                assertThat(p.cost(r.x())).isCloseTo(r.cost(), within(1e-6));
                viaSearch += p.shipComplete ? 0 : 1;
            }
        }
        assertThat(viaSearch).isGreaterThan(SCENARIOS / 2);
    }

    @Test
    void eachExactSearchAloneFindsTheBruteForceOptimum() {
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = ReferenceModel.randomSmall(seed, 1.0);
            Network net = new Network(s);
            Map<String, Integer> avail = ReferenceModel.available(s);
            for (RoutingOrder o : s.orders()) {
                OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
                if (p.shipComplete) {
                    continue;
                }
                double best = ReferenceModel.bruteForce(s, o, avail, Map.of());
                SolveResult lines = new ExactOrderSolver(p, 10_000_000).solve();
                SolveResult sets = NodeSetSearch.optimum(p, 10_000_000);
                assertThat(lines.cost()).as("line search, seed %d", seed).isCloseTo(best, within(0.005));
                assertThat(sets.cost()).as("node-set search, seed %d", seed).isCloseTo(best, within(0.005));
                LagrangianBound lag = LagrangianBound.compute(p, best, 60);
                assertThat(lag.value).as("Lagrangian bound, seed %d", seed).isLessThanOrEqualTo(best + 1e-6);
            }
        }
    }

    /**
     * The break-first inner solver over every node set on its own: the cheapest of its answers is
     * the brute-force optimum, and every plan it returns costs what it says.
     */
    @Test
    void breakFirstSolverOverEveryNodeSetFindsTheOptimum() {
        int sets = 0;
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = ReferenceModel.randomSmall(seed, 1.0);
            Network net = new Network(s);
            Map<String, Integer> avail = ReferenceModel.available(s);
            for (RoutingOrder o : s.orders()) {
                OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
                if (p.shipComplete || p.nodeCount > 10) {
                    continue;
                }
                double cheapest = p.cost(p.emptyAssignment());
                for (int mask = 1; mask < 1 << p.nodeCount; mask++) {
                    int m = mask;
                    int[] set = java.util.stream.IntStream.range(0, p.nodeCount).filter(n -> (m & 1 << n) != 0).toArray();
                    if (set.length > p.maxShipments) {
                        continue;
                    }
                    OrderProblem q = p.restrictedTo(set, set.length);
                    SolveResult r = new NodeSetSolver(q, 10_000_000).solve(Double.POSITIVE_INFINITY);
                    assertThat(r.optimal()).isTrue();
                    if (r.x() != null) {
                        assertThat(q.cost(r.x())).isCloseTo(r.cost(), within(1e-6));
                        cheapest = Math.min(cheapest, r.cost());
                    }
                    sets++;
                }
                double best = ReferenceModel.bruteForce(s, o, avail, Map.of());
                assertThat(cheapest).as("seed %d order %s", seed, o.id()).isCloseTo(best, within(0.005));
            }
        }
        assertThat(sets).isGreaterThan(1_000);
    }

    @Test
    void sequentialGivesEachOrderTheOptimumOfWhatIsLeft() {
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = ReferenceModel.randomSmall(seed, 0.6);
            RoutingPlan plan = router.route(s, RoutingMode.SEQUENTIAL);
            Map<String, Integer> avail = ReferenceModel.available(s);
            Map<String, Integer> left = new HashMap<>();
            s.nodes().forEach(n -> left.put(n.id(), n.capacityShipments() == null ? Integer.MAX_VALUE : n.capacityShipments()));
            for (int i = 0; i < s.orders().size(); i++) {
                RoutingOrder o = s.orders().get(i);
                OrderPlan p = plan.orders().get(i);
                double best = ReferenceModel.bruteForce(s, o, avail, left);
                assertThat(p.cost()).as("seed %d order %s", seed, o.id()).isCloseTo(best, within(0.005));
                for (Shipment sh : p.shipments()) {
                    left.merge(sh.node(), -1, Integer::sum);
                    sh.lines().forEach(l -> avail.merge(sh.node() + "|" + l.sku(), -l.qty(), Integer::sum));
                }
            }
            checkConstraints(s, plan, true);
        }
    }

    @Test
    void batchObeysEveryConstraintAndNeverCostsMoreThanSequential() {
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Scenario s = ReferenceModel.randomSmall(seed, 0.5);
            RoutingPlan batch = router.route(s, RoutingMode.BATCH);
            RoutingPlan sequential = router.route(s, RoutingMode.SEQUENTIAL);
            checkConstraints(s, batch, true);
            assertThat(batch.totalCost()).as("seed %d", seed).isLessThanOrEqualTo(sequential.totalCost() + 0.005);
            assertThat(batch.stats().lowerBound()).isLessThanOrEqualTo(batch.totalCost() + 0.005);
        }
    }

    /** Stock (net of safety stock), capacity, quantities, ship-complete, max shipments, and each cost. */
    static void checkConstraints(Scenario s, RoutingPlan plan, boolean shared) {
        Map<String, Integer> avail = ReferenceModel.available(s);
        Map<String, Integer> shipments = new HashMap<>();
        assertThat(plan.orders()).hasSize(s.orders().size());
        double total = 0;
        for (int i = 0; i < s.orders().size(); i++) {
            RoutingOrder o = s.orders().get(i);
            OrderPlan p = plan.orders().get(i);
            assertThat(p.orderId()).isEqualTo(o.id());
            Map<String, Integer> ordered = new LinkedHashMap<>();
            o.lines().forEach(l -> ordered.merge(l.sku(), l.qty(), Integer::sum));
            Map<String, Integer> accounted = new HashMap<>();
            Map<String, Integer> used = shared ? avail : new HashMap<>(avail);
            for (Shipment sh : p.shipments()) {
                assertThat(sh.units()).isPositive();
                shipments.merge(sh.node(), 1, Integer::sum);
                for (OrderLine l : sh.lines()) {
                    accounted.merge(l.sku(), l.qty(), Integer::sum);
                    int left = used.merge(sh.node() + "|" + l.sku(), -l.qty(), Integer::sum);
                    assertThat(left).as("stock of %s at %s", l.sku(), sh.node()).isGreaterThanOrEqualTo(0);
                }
            }
            p.backordered().forEach(l -> {
                assertThat(l.qty()).isPositive();
                accounted.merge(l.sku(), l.qty(), Integer::sum);
            });
            assertThat(accounted).isEqualTo(ordered);
            assertThat(p.shipments().stream().map(Shipment::node).distinct().count()).isEqualTo(p.shipments().size());
            if (o.maxShipments() != null) {
                assertThat(p.shipments().size()).isLessThanOrEqualTo(o.maxShipments());
            }
            if (o.shipComplete()) {
                assertThat(p.shipments().isEmpty() && p.backorderedUnits() == sum(ordered)
                        || p.shipments().size() == 1 && p.backordered().isEmpty()).isTrue();
            }
            assertThat(ReferenceModel.cost(s, o, asMap(p))).isCloseTo(p.cost(), within(1e-6));
            total += p.cost();
        }
        if (shared) {
            for (FulfillmentNode n : s.nodes()) {
                if (n.capacityShipments() != null) {
                    assertThat(shipments.getOrDefault(n.id(), 0)).isLessThanOrEqualTo(n.capacityShipments());
                }
            }
        }
        assertThat(plan.totalCost()).isCloseTo(total, within(1e-6));
    }

    private static int sum(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    static Map<String, Map<String, Integer>> asMap(OrderPlan p) {
        Map<String, Map<String, Integer>> plan = new LinkedHashMap<>();
        for (Shipment sh : p.shipments()) {
            Map<String, Integer> lines = new LinkedHashMap<>();
            sh.lines().forEach(l -> lines.merge(l.sku(), l.qty(), Integer::sum));
            plan.put(sh.node(), lines);
        }
        return plan;
    }
}
