package com.orderdesk.logic.fulfillment.routing;

import com.orderdesk.bench.routing.ScenarioGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the size bench's mid-sized orders (20 lines over 200 nodes) spend their CPU (test scope, a
 * measuring tool): after the bench's warm-up, each order of the bench's scenario is routed by
 * {@link OrderOptimizer} whole (its CPU time), then phase by phase as OrderOptimizer runs them:
 * seeds, the quick line search, the Lagrangian reduction, the node-set search. The slowest orders
 * are printed. Run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* ...MidOrderProbe lines nodes orders [top]}.
 */
final class MidOrderProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MidOrderProbe() {
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        int lines = Integer.parseInt(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int orders = Integer.parseInt(args[2]);
        int top = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        kicks = args.length > 4 ? Integer.parseInt(args[4]) : -1;
        FulfillmentRouter router = new FulfillmentRouter(FulfillmentRouter.DEFAULT_VISIT_BUDGET, 1, 20_000, 250);
        router.route(ScenarioGenerator.generate(new ScenarioGenerator.Size(2000, 1, 20, 50, 5000, 1.0), 43), RoutingMode.INDEPENDENT);
        Scenario s = ScenarioGenerator.generate(new ScenarioGenerator.Size(orders, lines, lines, nodes, 5000, 1.0), 42);
        Network net = new Network(s);
        Network.Stock stock = net.newStock(false);
        List<long[]> rows = new ArrayList<>();
        long[] total = new long[4];
        for (int i = 0; i < orders; i++) {
            OrderProblem p = OrderProblem.of(net, s.orders().get(i), stock);
            long t0 = cpu();
            SolveResult whole = OrderOptimizer.optimum(p, FulfillmentRouter.DEFAULT_VISIT_BUDGET);
            long wholeNs = cpu() - t0;
            optimumCost = whole.cost();
            long[] diag = diag();
            java.util.Arrays.fill(diag, 0);
            String trace = System.getProperty("trace");
            boolean tr = trace != null && java.util.Arrays.asList(trace.split(",")).contains(Integer.toString(i));
            setTrace(tr);
            if (tr) {
                System.out.printf("order %d: optimum %.2f%n", i, whole.cost());
            }
            long[] phase = phases(p);
            setTrace(false);
            long[] row = new long[20];
            row[0] = i;
            row[1] = wholeNs;
            System.arraycopy(phase, 0, row, 2, 8);
            System.arraycopy(diag, 0, row, 10, Math.min(10, diag.length));
            rows.add(row);
            total[0] += wholeNs;
            if (!whole.optimal()) {
                System.out.printf("order %d not proven%n", i);
            }
        }
        long[] phaseSum = rows.stream().mapToLong(r -> r[2] + r[3] + r[4] + r[5]).sorted().toArray();
        int n = phaseSum.length;
        System.out.printf("phases (kicks %d): total %.1f ms, median %.2f ms, p99 %.2f ms, max %.2f ms%n", kicks,
                java.util.Arrays.stream(phaseSum).sum() / 1e6, phaseSum[n / 2] / 1e6,
                phaseSum[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6, phaseSum[n - 1] / 1e6);
        rows.sort((a, b) -> Long.compare(b[2] + b[3] + b[4] + b[5], a[2] + a[3] + a[4] + a[5]));
        System.out.printf("%d orders of %d lines over %d nodes: total CPU %.1f ms%n", orders, lines, nodes, total[0] / 1e6);
        System.out.println("order  whole  | seeds quick reduce  nss(ms) | kept quickOK lagProof gap(0.01%) | setsReached ownCut solved innerVisits ownMs innerMs improved lastRound bestSize enumVisits");
        for (long[] r : rows.subList(0, Math.min(top, rows.size()))) {
            System.out.printf("%5d %6.1f | %5.1f %5.1f %6.1f %6.1f | %4d %d %d %4d | %6d %6d %6d %9d %6.1f %6.1f %3d %2d %2d %8d%n",
                    r[0], r[1] / 1e6, r[2] / 1e6, r[3] / 1e6, r[4] / 1e6, r[5] / 1e6, r[6], r[7], r[8], r[9],
                    r[10], r[11], r[12], r[13], r[14] / 1e6, r[15] / 1e6, r[16], r[17], r[18], r[19]);
        }
    }

    /**
     * The node-set search's counters when a measuring build has them (a static long[] DIAG: sets
     * reached, cut by their own bound, solved, inner visits, ...); zeros otherwise.
     */
    private static long[] diag() {
        try {
            java.lang.reflect.Field f = NodeSetSearch.class.getDeclaredField("DIAG");
            f.setAccessible(true);
            return (long[]) f.get(null);
        } catch (ReflectiveOperationException e) {
            return DIAG_NONE;
        }
    }

    private static double optimumCost;

    private static void setTrace(boolean on) {
        try {
            java.lang.reflect.Field f = NodeSetSearch.class.getDeclaredField("TRACE");
            f.setAccessible(true);
            f.setBoolean(null, on);
        } catch (ReflectiveOperationException e) {
            // not a measuring build
        }
    }
    /** Kicks of a {@link PlanImprover} run before the Lagrangian reduction (-1: none, as OrderOptimizer does below 25 lines). */
    private static int kicks;
    private static final long[] DIAG_NONE = new long[10];

    /** CPU per phase {seeds, quick, reduce, node sets}, then {kept nodes, quick proved, Lagrangian proved, 0}. */
    private static long[] phases(OrderProblem p) {
        long[] out = new long[8];
        if (p.shipComplete || p.lineCount >= OrderOptimizer.PAIRS_FROM_LINES && PairSearch.applies(p)) {
            return out; // ship-complete, or capped at two shipments (PairSearch): not these phases
        }
        long t = cpu();
        SolveResult best = null;
        for (int[][] seed : PlanSeeds.seeds(p)) {
            double c = p.cost(seed);
            if (best == null || c < best.cost()) {
                best = new SolveResult(seed, c, false);
            }
        }
        out[0] = cpu() - t;
        t = cpu();
        ExactOrderSolver quick = new ExactOrderSolver(p, p.lineCount >= 10 ? 1_000 : 3_000);
        SolveResult q = quick.solveFrom(best);
        if (q.x() != null && q.cost() < best.cost() - ExactOrderSolver.EPS) {
            best = q;
        }
        out[1] = cpu() - t;
        if (q.optimal()) {
            out[5] = 1;
            return out;
        }
        t = cpu();
        if (kicks >= 0) {
            SolveResult im = PlanImprover.improve(p, best.x(), kicks, p.lineCount);
            if (im.cost() < best.cost() - ExactOrderSolver.EPS) {
                best = im;
            }
        }
        int[] kept = java.util.stream.IntStream.range(0, p.nodeCount).toArray();
        OrderProblem r = p;
        double[] start = LinePrices.unitCosts(p, best.x());
        LagrangianBound lag;
        while (true) {
            lag = LagrangianBound.compute(r, best.cost(), 60, start);
            if (lag.value >= best.cost() - ExactOrderSolver.EPS) {
                out[2] = cpu() - t;
                out[6] = 1;
                return out;
            }
            final LagrangianBound l = lag;
            double limit = best.cost() - ExactOrderSolver.EPS;
            int[] keep = java.util.stream.IntStream.range(0, r.nodeCount)
                    .filter(n -> l.phi[n] < 0 || l.value + l.phi[n] < limit).toArray();
            if (keep.length == r.nodeCount) {
                break;
            }
            int[] next = new int[keep.length];
            for (int i = 0; i < keep.length; i++) {
                next[i] = kept[keep[i]];
            }
            kept = next;
            r = p.restrictedTo(kept, p.maxShipments);
        }
        out[2] = cpu() - t;
        out[4] = kept.length;
        out[7] = Math.round(1e4 * (best.cost() / optimumCost - 1)); // incumbent above the optimum, in 0.01 %
        t = cpu();
        NodeSetSearch.below(r, FulfillmentRouter.DEFAULT_VISIT_BUDGET, best.cost(), lag.constant, lag.phi, lag.lambda);
        out[3] = cpu() - t;
        return out;
    }
}
