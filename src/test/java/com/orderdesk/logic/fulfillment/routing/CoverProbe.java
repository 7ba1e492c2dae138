package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the rare lines' whole-node cover ({@link CoverBound}) lifts the root bound of the levels'
 * relaxation over the order's hull LP (test scope, a measuring tool): per order of the size bench,
 * the same deflected subgradient from the same multipliers on {@link LevelBound} alone and on the
 * decomposition (LevelBound with the shares mu, plus the cover), the best bound after each checkpoint.
 * Run with {@code java -cp target/test-classes:target/classes:target/lib/* ...CoverProbe lines nodes orders i,j,... steps maxStockists [upper,...]}.
 */
final class CoverProbe {
    private CoverProbe() {
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int orders = Integer.parseInt(args[2]);
        List<String> only = Arrays.asList(args[3].split(","));
        int steps = Integer.parseInt(args[4]);
        int k = Integer.parseInt(args[5]);
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, lines, lines, nodes, 5000, 1.0), 42);
        Network net = new Network(s);
        FulfillmentRouter router = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000, 1000);
        for (String id : only) {
            int i = Integer.parseInt(id);
            RoutingOrder o = s.orders().get(i);
            OrderProblem p = OrderProblem.of(net, o, net.newStock(false));
            OrderPlan plan = router.route(s.withOrders(List.of(o)), RoutingMode.INDEPENDENT).orders().get(0);
            double upper = plan.cost();
            double[] start = LagrangianBound.compute(p, upper, 300).lambda.clone();
            CoverBound cover = new CoverBound(p, k);
            System.out.printf("%3d plan %.2f (1 s%s), %d rare lines (<= %d stockists)%n", i, upper,
                    plan.optimal() ? ", proven" : "", cover.lines.length, k);
            System.out.println("    alone:    " + run(p, upper, start, steps, null));
            System.out.println("    + cover:  " + run(p, upper, start, steps, cover));
        }
    }

    static String run(OrderProblem p, double upper, double[] start, int steps, CoverBound cover) {
        LevelBound bound = new LevelBound(p);
        int[] lo = new int[p.nodeCount];
        int[] hi = new int[p.nodeCount];
        Arrays.fill(lo, LevelBound.CLOSED);
        Arrays.fill(hi, bound.tail());
        double[] lambda = start.clone();
        double[] g = new double[p.lineCount];
        double[] gm = new double[p.nodeCount];
        double[] shift = new double[p.nodeCount];
        double[] mu = new double[p.nodeCount];
        if (cover != null) {
            bound.shift = shift;
        }
        double best = Double.NEGATIVE_INFINITY;
        double step = 1;
        int stale = 0;
        StringBuilder out = new StringBuilder();
        long t0 = System.nanoTime();
        for (int it = 1; it <= steps; it++) {
            double v = bound.evaluate(lambda, lo, hi);
            if (cover != null) {
                v += cover.evaluate(lambda, mu, lo, hi, Long.getLong("probe.visits", 20_000));
            }
            if (v > best + 1e-9) {
                best = v;
                stale = 0;
            } else if (++stale >= Integer.getInteger("probe.stale", 15)) {
                step /= 2;
                stale = 0;
            }
            if (Integer.bitCount(it) == 1 && it >= 16 || it == steps) {
                out.append(String.format(" %d: %.2f", it, best));
            }
            double norm = 0;
            for (int l = 0; l < p.lineCount; l++) {
                double shipped = 0;
                for (int n = 0; n < p.nodeCount; n++) {
                    if (bound.counted[n]) {
                        shipped += bound.load[n][l];
                    }
                }
                g[l] = p.qty[l] - shipped + LagrangianBound.DEFLECTION * g[l];
                if (lambda[l] >= p.backorderPenalty && g[l] > 0) {
                    g[l] = 0;
                }
                norm += g[l] * g[l];
            }
            if (cover != null) {
                for (int n = 0; n < p.nodeCount; n++) {
                    if (cover.covers(n)) {
                        double y = bound.counted[n] ? 1 : 0;
                        gm[n] = (cover.z[n] ? 1 : 0) - y + LagrangianBound.DEFLECTION * gm[n];
                        norm += gm[n] * gm[n];
                    }
                }
            }
            if (norm < 1e-12 || step < 1e-9) {
                out.append(String.format(" (stopped at %d: %.2f)", it, best));
                break;
            }
            double t = step * (upper - v) / norm;
            for (int l = 0; l < p.lineCount; l++) {
                lambda[l] = Math.min(p.backorderPenalty, lambda[l] + t * g[l]);
            }
            if (cover != null) {
                for (int n = 0; n < p.nodeCount; n++) {
                    mu[n] += t * gm[n];
                    shift[n] = -mu[n];
                }
            }
        }
        out.append(String.format(" | %.0f ms", (System.nanoTime() - t0) / 1e6));
        return out.toString();
    }
}
