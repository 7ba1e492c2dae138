package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;

/**
 * Where a large order's early plan differs from a later, cheaper one (test scope, a measuring
 * tool): the bench's order routed with a short and a long CPU budget, and the open nodes of each
 * plan (units, kg, shipment cost, rank of the node's cost alone). Run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* ...PlanProbe lines nodes orders millis longMillis i,j,...}.
 */
final class PlanProbe {
    private PlanProbe() {
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int orders = Integer.parseInt(args[2]);
        long millis = Long.parseLong(args[3]);
        long longMillis = Long.parseLong(args[4]);
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, lines, lines, nodes, 5000, 1.0), 42);
        Network net = new Network(s);
        // warm up
        for (int i = 0; i < 30; i++) {
            OrderOptimizer.optimumWithin(OrderProblem.of(net, s.orders().get(i), net.newStock(false)), FulfillmentRouter.DEFAULT_VISIT_BUDGET, 50_000_000L);
        }
        for (String id : args[5].split(",")) {
            int i = Integer.parseInt(id);
            OrderProblem p = OrderProblem.of(net, s.orders().get(i), net.newStock(false));
            int[] rank = aloneRanks(p);
            for (long ms : new long[] {millis, longMillis}) {
                SolveResult r = OrderOptimizer.optimumWithin(p, FulfillmentRouter.DEFAULT_VISIT_BUDGET * 100, ms * 1_000_000);
                System.out.printf("#%d %d ms: %.2f %s lb %.2f%n", i, ms, r.cost(), r.optimal() ? "proven" : "open", r.lowerBound());
                print(p, r.x(), rank);
            }
        }
    }

    static int[] aloneRanks(OrderProblem p) {
        Integer[] order = new Integer[p.nodeCount];
        double[] alone = new double[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            order[n] = n;
            alone[n] = PlanSeeds.aloneCost(p, n);
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(n -> alone[n]));
        int[] rank = new int[p.nodeCount];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }

    static void print(OrderProblem p, int[][] x, int[] rank) {
        int back = p.totalUnits;
        for (int n = 0; n < p.nodeCount; n++) {
            int u = 0;
            long w = 0;
            int lines = 0;
            for (int l = 0; l < p.lineCount; l++) {
                u += x[n][l];
                w += x[n][l] * p.weight[l];
                lines += x[n][l] > 0 ? 1 : 0;
            }
            back -= u;
            if (u > 0) {
                int stocked = 0;
                for (int l = 0; l < p.lineCount; l++) {
                    stocked += p.avail[n][l] > 0 ? 1 : 0;
                }
                System.out.printf("   node %3d zone %d km %6.0f lines %2d/%2d units %3d kg %7.2f cost %7.2f (h %.2f) alone-rank %d%n", n, p.zone[n],
                        p.distanceKm[n], lines, stocked, u, RateTable.toKg(w), p.shipmentCost(n, u, w), p.handling[n], rank[n]);
            }
        }
        System.out.printf("   backordered %d units (penalty %.2f each)%n", back, p.backorderPenalty);
    }
}
