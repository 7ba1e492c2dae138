package com.orderdesk.logic.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.orderdesk.bench.routing.ScenarioGenerator;
import com.orderdesk.bench.routing.UsPlaces;
import com.orderdesk.model.common.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The search of orders capped at one or two shipments ({@link PairSearch}) against every
 * assignment of small random orders: each class bound ({@link PairBound}) and each level bound
 * ({@link PairLevels}) is at most the cheapest plan of its class, their plans are real plans, and
 * the search started from the plan shipping nothing ends at the optimum, proven. On larger
 * orders (5-12 lines over 12 nodes) it must agree with the node-set search run to its end.
 */
class PairSearchTest {

    @Test
    void everyBoundIsAtMostTheCheapestPlanOfItsClassAndTheSearchEndsAtTheOptimum() {
        int classes = 0;
        int tight = 0;
        int orders = 0;
        for (long seed = 1; seed <= 150; seed++) {
            Scenario s = scenario(seed);
            Network net = new Network(s);
            for (RoutingOrder o : s.orders()) {
                OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
                if (!PairSearch.applies(p) || ReferenceModel.assignments(p) > 60_000) {
                    continue;
                }
                int nodes = p.nodeCount;
                int breaks = p.rates.breakCount();
                // per node set {a} or {a, b} and per level pair: the cheapest plan, by enumeration
                double[][][][] least = new double[nodes][nodes][breaks + 1][breaks + 1];
                for (double[][][] a : least) {
                    for (double[][] b : a) {
                        for (double[] c : b) {
                            java.util.Arrays.fill(c, Double.POSITIVE_INFINITY);
                        }
                    }
                }
                double[] optimum = {p.cost(p.emptyAssignment())};
                enumerate(p, p.emptyAssignment(), 0, least, optimum);
                PairBound pb = new PairBound(p);
                PairLevels pl = new PairLevels(p);
                for (int a = 0; a < nodes; a++) {
                    for (int b = a; b < (p.maxShipments >= 2 ? nodes : a + 1); b++) {
                        double classLeast = Double.POSITIVE_INFINITY;
                        for (double[] row : least[a][b]) {
                            for (double v : row) {
                                classLeast = Math.min(classLeast, v);
                            }
                        }
                        int[][] x = p.emptyAssignment();
                        double v = pb.bound(a, b, x);
                        assertThat(v).as("seed %d order %s class %d,%d", seed, o.id(), a, b).isLessThanOrEqualTo(classLeast + 1e-6);
                        assertThat(p.cost(x)).as("its plan is a plan").isLessThan(Double.POSITIVE_INFINITY);
                        classes++;
                        tight += Math.abs(v - classLeast) < 1e-6 ? 1 : 0;
                        for (int la : pl.levels(a)) {
                            for (int lb : a == b ? new int[] {la} : pl.levels(b)) {
                                int[][] y = p.emptyAssignment();
                                double w = pl.bound(a, la, b, lb, y);
                                assertThat(w).as("seed %d order %s class %d,%d levels %d,%d", seed, o.id(), a, b, la, lb)
                                        .isLessThanOrEqualTo(least[a][b][la][lb] + 1e-6);
                                if (pl.planned) {
                                    assertThat(p.cost(y)).as("its plan is a plan").isLessThan(Double.POSITIVE_INFINITY);
                                }
                            }
                        }
                    }
                }
                SolveResult r = PairSearch.solve(p, new SolveResult(p.emptyAssignment(), p.cost(p.emptyAssignment()), false), 10_000_000);
                assertThat(r.optimal()).as("seed %d order %s", seed, o.id()).isTrue();
                assertThat(r.cost()).as("seed %d order %s", seed, o.id()).isCloseTo(optimum[0], within(1e-6));
                assertThat(p.cost(r.x())).isCloseTo(r.cost(), within(1e-6));
                orders++;
            }
        }
        assertThat(orders).isGreaterThan(150);
        assertThat(classes).isGreaterThan(1_000);
        assertThat(tight).as("class bounds equal to the class's cheapest plan").isGreaterThan(0);
    }

    @Test
    void onLargerCappedOrdersItAgreesWithTheNodeSetSearchRunToItsEnd() {
        int checked = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Scenario g = ScenarioGenerator.generate(new ScenarioGenerator.Size(30, 5, 12, 12, 150, 1.0), seed);
            List<RoutingOrder> capped = new ArrayList<>();
            for (RoutingOrder o : g.orders()) {
                capped.add(new RoutingOrder(o.id(), o.shipTo(), o.lines(), false, checkedCap(o)));
            }
            Scenario s = new Scenario(g.rateCard(), g.nodes(), g.skus(), g.inventory(), capped, g.backorderPenaltyPerUnit());
            Network net = new Network(s);
            for (RoutingOrder o : s.orders()) {
                OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
                SolveResult exact = NodeSetSearch.optimum(p, Long.MAX_VALUE);
                assertThat(exact.optimal()).isTrue();
                SolveResult r = PairSearch.solve(p, new SolveResult(p.emptyAssignment(), p.cost(p.emptyAssignment()), false), 50_000_000);
                assertThat(r.optimal()).as("seed %d order %s", seed, o.id()).isTrue();
                assertThat(r.cost()).as("seed %d order %s", seed, o.id()).isCloseTo(exact.cost(), within(1e-6));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(180);
    }

    private static int checkedCap(RoutingOrder o) {
        return o.id().hashCode() % 4 == 0 ? 1 : 2;
    }

    /** 2-5 nodes, 2-3 skus of 0.2-25 kg (so both breaks and the per-kg tail are reached), capped orders. */
    private static Scenario scenario(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        int nodeCount = r.nextInt(2, 6);
        List<FulfillmentNode> nodes = new ArrayList<>();
        for (int n = 0; n < nodeCount; n++) {
            GeoPoint at = UsPlaces.METROS.get(r.nextInt(UsPlaces.METROS.size()));
            nodes.add(new FulfillmentNode("N" + n, NodeType.values()[r.nextInt(3)], at,
                    r.nextInt(0, 6) * 0.75, r.nextInt(0, 4) * 0.15, null));
        }
        List<SkuInfo> skus = List.of(new SkuInfo("S0", 0.2 + r.nextInt(0, 20) * 0.1),
                new SkuInfo("S1", 0.5 + r.nextInt(0, 40) * 0.25), new SkuInfo("S2", 3 + r.nextInt(0, 22)));
        List<StockLevel> stock = new ArrayList<>();
        for (FulfillmentNode n : nodes) {
            for (SkuInfo k : skus) {
                if (r.nextDouble() < 0.7) {
                    stock.add(new StockLevel(n.id(), k.sku(), r.nextInt(0, 5), 0));
                }
            }
        }
        List<RoutingOrder> orders = new ArrayList<>();
        for (int o = 0; o < 3; o++) {
            List<OrderLine> lines = new ArrayList<>();
            int count = r.nextInt(1, 4);
            for (int l = 0; l < count; l++) {
                lines.add(new OrderLine(skus.get(l).sku(), r.nextInt(1, 5)));
            }
            GeoPoint to = UsPlaces.METROS.get(r.nextInt(UsPlaces.METROS.size()));
            orders.add(new RoutingOrder("O" + o, to, lines, false, r.nextInt(1, 3)));
        }
        double penalty = new double[] {25, 6, 60}[r.nextInt(3)];
        return new Scenario(ScenarioGenerator.rateCard(), nodes, skus, stock, orders, penalty);
    }


    /** Every assignment: the cheapest per node set of one or two nodes and levels, and the least of all. */
    static void enumerate(OrderProblem p, int[][] x, int cell, double[][][][] least, double[] optimum) {
        if (cell == p.nodeCount * p.lineCount) {
            double c = p.cost(x);
            if (c == Double.POSITIVE_INFINITY) {
                return;
            }
            optimum[0] = Math.min(optimum[0], c);
            int a = -1;
            int b = -1;
            for (int n = 0; n < p.nodeCount; n++) {
                if (ReferenceModel.levelOf(p, x[n]) >= 0) {
                    if (a < 0) {
                        a = n;
                    } else {
                        b = n;
                    }
                }
            }
            if (a < 0) {
                return;
            }
            int la = ReferenceModel.levelOf(p, x[a]);
            if (b < 0) {
                least[a][a][la][la] = Math.min(least[a][a][la][la], c);
            } else {
                int lb = ReferenceModel.levelOf(p, x[b]);
                least[a][b][la][lb] = Math.min(least[a][b][la][lb], c);
            }
            return;
        }
        int n = cell / p.lineCount;
        int l = cell % p.lineCount;
        for (int q = 0; q <= p.avail[n][l]; q++) {
            x[n][l] = q;
            enumerate(p, x, cell + 1, least, optimum);
        }
        x[n][l] = 0;
    }
}
