package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Batch mode: a wave of orders re-optimised together under shared stock and capacity.
 *
 * <p>Exact joint optimisation of thousands of orders is out of reach, so this is a proven-bound
 * improvement search around exact per-order routing: (1) route the wave sequentially in a few
 * arrival orders (file order; fewest whole-order nodes first) and keep the cheapest; (2) for every
 * order that pays more than it would alone, release it together with each order competing for
 * its skus, re-route the pair exactly in both orders and keep any saving ({@link GroupSearch}),
 * when quick (else put back); (3) a wave-level local search ({@link WaveImprover}: relocations,
 * exchanges of stock between orders, closed shipments, orders re-routed whole at
 * the prices of displacing others) for the rest; if it settles early, the pairs' sweep goes on
 * where its time stopped it (a sweep that had finished is not restarted), then the local search
 * once more; (4) the wave's bound ({@link WaveBound}), whose stock and shipment prices then guide
 * (5) a large-neighbourhood search: groups of up to six competing orders released and re-routed
 * exactly in random sequences, and once more with each order at the prices (300-order scarce
 * wave: 14,039.56 -> 13,970.02, SCIP's best 13,916.00); (6) the local search again, since the
 * groups leave new exchanges open (1,000-order wave: -48); (5) and (6) repeat while they save and
 * time is left; (7) finally re-route each order exactly
 * given everyone else's plan. Every step keeps the wave feasible and never raises the total, so
 * batch is never worse than sequential. The lower bound is the larger of the sum of each order's
 * optimum routed alone (or a proven bound of it) and the wave's Lagrangian over the shared stock
 * and capacity (each order's term floored at its optimum alone), which prices the competition the
 * first ignores; when the total meets it, the wave is proven optimal. Every time limit of the
 * wave is the routing thread's CPU time ({@link WaveClock}).
 */
final class BatchOptimizer {
    private static final double TOLERANCE = 0.005;
    /** The pairs' share of the improvement time left after the first sequences. */
    private static final double PAIR_SHARE = Double.parseDouble(System.getProperty("wave.pairShare", "0.1"));

    /** The plans, whether proven optimal, the wave's lower bound, and the stock and shipment prices of its Lagrangian. */
    record Result(List<OrderPlan> plans, Boolean provenOptimal, Double lowerBound, WaveBound.Prices prices) {
    }

    private final Network net;
    private final java.util.function.Function<OrderProblem, SolveResult> solver;
    private final long deadline;
    private final long boundNanos;
    private final List<RoutingOrder> orders;
    private final OrderProblem[] problem;
    private final int[][][] x;
    private final double[] cost;
    private final boolean[] optimal;
    private final GroupSearch search;
    private RerouteMemo memo;
    /** A proven lower bound of each order's cost alone: the floor of its term in the wave's bound. */
    private double[] aloneBound;

    BatchOptimizer(Network net, java.util.function.Function<OrderProblem, SolveResult> solver, long millis) {
        this.net = net;
        this.solver = solver;
        this.deadline = WaveClock.now() + millis * 1_000_000;
        // the bound's own time: a quarter of the improvement time, between 0.5 and 5 s
        this.boundNanos = Long.getLong("wave.boundMillis", Math.max(500, Math.min(5_000, millis / 4))) * 1_000_000L;
        this.orders = net.scenario.orders();
        int count = orders.size();
        problem = new OrderProblem[count];
        x = new int[count][][];
        cost = new double[count];
        optimal = new boolean[count];
        search = new GroupSearch(net, orders, solver, problem, x, cost, optimal);
    }

    Result optimise() {
        int count = orders.size();
        double[] alone = new double[count];
        aloneBound = new double[count];
        double lowerBound = 0;
        Network.Stock initial = net.newStock(false);
        for (int i = 0; i < count; i++) {
            SolveResult r = solve(OrderProblem.of(net, orders.get(i), initial));
            alone[i] = r.cost();
            aloneBound[i] = r.lowerBound();
            lowerBound += r.lowerBound();
        }

        memo = new RerouteMemo(count, alone);
        trace("alone");
        Network.Stock stock = bestSequence(count, alone);
        trace("sequences");
        // the local search saves far more per CPU second than the pairs (1,000-order wave: 3,800 in
        // 5 s against 2,900 in 17.5 s) but starts best from what the pairs leave (before them it
        // ends 0.5 % dearer) when they complete; on the 1,000-order wave they did not in 10 s, and the
        // local search from the sequences then ends 0.23 % cheaper: cut pairs are put back
        long now = WaveClock.now();
        search.improvePairsIfQuick(stock, alone, now + (long) ((deadline - now) * PAIR_SHARE));
        trace("pairs");
        stock = exchange(Math.max(deadline, WaveClock.now() + boundNanos / 5));
        trace("local search");
        if (WaveClock.now() < deadline) {
            // the local search settled with time left: the pairs' sweep goes on from where its time
            // stopped it (after a whole sweep without a saving it stays finished), and it once more
            search.improvePairs(stock, alone, deadline);
            trace("pairs");
            stock = exchange(Math.max(deadline, WaveClock.now() + boundNanos / 5)); // the pairs may finish early
            trace("local search");
        }
        // the orders' optima alone ignore the competition for stock; the wave's Lagrangian prices it
        WaveBound.Prices prices = WaveBound.of(net, orders, plansByScenarioNode(), aloneBound, total(), boundNanos);
        lowerBound = Math.max(lowerBound, prices.value());
        trace("bound " + prices.value());
        search.usePrices(prices);
        // the groups and the local search after them share the bound's time again (each saves
        // 30-80 in it on the 1,000-order wave)
        long groupsUntil = Math.max(deadline, WaveClock.now() + boundNanos / 2);
        double before;
        do {
            // on a wave that has time left (300 orders: every group tried in 0.5 s of 20), new rounds
            // of groups and the local search while they save
            before = total();
            search.neighbourhoods(stock, alone, groupsUntil);
            trace("groups");
            stock = exchange(Math.max(WaveClock.now() + boundNanos / 2, Math.min(deadline, groupsUntil)));
            trace("local search");
        } while (total() < before - TOLERANCE && WaveClock.now() < groupsUntil);
        finalPass(stock);
        trace("final pass");
        // the bound was taken before the groups, its orders' searches seeded with the plan then: one
        // more exact pass at its prices, seeded with the final plan (a cheaper plan of an order the
        // search does not settle aims its own relaxation lower and rules out more nodes), can only
        // certify more (1,000-order wave: +143 for 2.6 s of CPU); a whole pass, not cut by the clock,
        // so that the bound does not depend on the machine's load
        WaveBound.Certified again = certify(prices);
        lowerBound = Math.max(lowerBound, again.value());
        trace("bound again " + again.value());

        List<OrderPlan> plans = new ArrayList<>();
        double total = total();
        for (int i = 0; i < count; i++) {
            plans.add(PlanBuilder.build(problem[i], x[i], optimal[i]));
        }
        boolean proven = total <= lowerBound + TOLERANCE;
        return new Result(plans, proven, lowerBound, prices);
    }

    /** One exact pass of the wave's Lagrangian at {@code prices}, each order's search seeded with its plan now. */
    WaveBound.Certified certify(WaveBound.Prices prices) {
        return WaveBound.certifiedAt(net, orders, plansByScenarioNode(), aloneBound, prices, Long.MAX_VALUE / 4);
    }

    private static final boolean TRACE = Boolean.getBoolean("wave.trace");
    private final long started = WaveClock.now();

    /** With -Dwave.trace=true: the wave's cost after a phase and the CPU time so far (for measuring phases). */
    private void trace(String phase) {
        if (TRACE) {
            System.err.printf("wave %-14s %12.2f  cpu %6.2f s%n", phase, total(), (WaveClock.now() - started) / 1e9);
        }
    }

    private double total() {
        double total = 0;
        for (double c : cost) {
            total += c;
        }
        return total;
    }

    /**
     * The wave-level local search ({@link WaveImprover}: relocations and exchanges between orders)
     * over the plans so far; returns the stock they leave.
     */
    private Network.Stock exchange(long until) {
        int count = orders.size();
        OrderProblem[] initial = new OrderProblem[count];
        int[][][] plans = new int[count][][];
        Network.Stock fresh = net.newStock(false);
        for (int i = 0; i < count; i++) {
            initial[i] = OrderProblem.of(net, orders.get(i), fresh);
            plans[i] = initial[i].emptyAssignment();
            int[] local = new int[net.nodes.length];
            java.util.Arrays.fill(local, -1);
            for (int n = 0; n < initial[i].nodeCount; n++) {
                local[initial[i].node[n]] = n;
            }
            for (int n = 0; n < problem[i].nodeCount; n++) {
                int at = local[problem[i].node[n]];
                for (int l = 0; l < problem[i].lineCount; l++) {
                    if (x[i][n][l] > 0) {
                        plans[i][at][l] = x[i][n][l]; // a node that shipped had stock at the start
                    }
                }
            }
        }
        WaveImprover improver = new WaveImprover(net, initial, plans, memo);
        improver.improve(until);
        Network.Stock stock = net.newStock(true);
        for (int i = 0; i < count; i++) {
            // every plan is taken (an exchange makes one order dearer for another's larger saving)
            int[][] plan = improver.plan(i);
            double c = initial[i].cost(plan);
            if (Math.abs(c - cost[i]) > ExactOrderSolver.EPS || !java.util.Arrays.deepEquals(plan, plans[i])) {
                optimal[i] = false; // re-proven, given the others, by the final pass
            }
            problem[i] = initial[i];
            x[i] = plan;
            cost[i] = c;
            stock.apply(problem[i], x[i], +1);
        }
        return stock;
    }

    /** Each order's plan as x[scenario node][order line], the form {@link WaveBound} starts from. */
    private List<int[][]> plansByScenarioNode() {
        List<int[][]> out = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            int[][] plan = new int[net.nodes.length][problem[i].lineCount];
            for (int n = 0; n < problem[i].nodeCount; n++) {
                plan[problem[i].node[n]] = x[i][n].clone();
            }
            out.add(plan);
        }
        return out;
    }

    private SolveResult solve(OrderProblem p) {
        return solver.apply(p);
    }

    private Network.Stock bestSequence(int count, double[] alone) {
        Integer[] fileOrder = new Integer[count];
        for (int i = 0; i < count; i++) {
            fileOrder[i] = i;
        }
        Network.Stock fresh = net.newStock(false);
        int[] wholeNodes = new int[count];
        for (int i = 0; i < count; i++) {
            wholeNodes[i] = wholeOrderNodes(OrderProblem.of(net, orders.get(i), fresh));
        }
        Integer[] constrainedFirst = fileOrder.clone();
        Arrays.sort(constrainedFirst, Comparator.comparingInt(i -> wholeNodes[i]));

        Network.Stock best = null;
        double bestTotal = Double.POSITIVE_INFINITY;
        Snapshot bestPlans = null;
        for (Integer[] sequence : List.of(fileOrder, constrainedFirst)) {
            Network.Stock stock = net.newStock(true);
            double total = 0;
            for (int i : sequence) {
                place(i, stock);
                total += cost[i];
            }
            if (total < bestTotal - TOLERANCE) {
                bestTotal = total;
                best = stock;
                bestPlans = new Snapshot(problem.clone(), x.clone(), cost.clone(), optimal.clone());
            }
            if (WaveClock.now() > deadline) {
                break;
            }
        }
        bestPlans.restoreInto(this);
        return best;
    }

    private static int wholeOrderNodes(OrderProblem p) {
        int whole = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            boolean all = true;
            for (int l = 0; l < p.lineCount && all; l++) {
                all = p.avail[n][l] >= p.qty[l];
            }
            whole += all ? 1 : 0;
        }
        return whole;
    }

    private void place(int i, Network.Stock stock) {
        search.place(i, stock);
    }


    /** Each order re-routed exactly against what the others leave: its plan is then locally optimal. */
    private void finalPass(Network.Stock stock) {
        for (int i = 0; i < orders.size(); i++) {
            OrderProblem oldProblem = problem[i];
            int[][] oldX = x[i];
            double oldCost = cost[i];
            stock.apply(oldProblem, oldX, -1);
            place(i, stock);
            if (cost[i] > oldCost + ExactOrderSolver.EPS) {
                stock.apply(problem[i], x[i], -1);
                problem[i] = oldProblem;
                x[i] = oldX;
                cost[i] = oldCost;
                optimal[i] = false;
                stock.apply(oldProblem, oldX, +1);
            }
        }
    }

    private record Snapshot(OrderProblem[] problem, int[][][] x, double[] cost, boolean[] optimal) {
        void restoreInto(BatchOptimizer b) {
            System.arraycopy(problem, 0, b.problem, 0, problem.length);
            System.arraycopy(x, 0, b.x, 0, x.length);
            System.arraycopy(cost, 0, b.cost, 0, cost.length);
            System.arraycopy(optimal, 0, b.optimal, 0, optimal.length);
        }
    }
}
