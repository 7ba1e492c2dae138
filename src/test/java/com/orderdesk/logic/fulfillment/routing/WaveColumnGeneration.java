package com.orderdesk.logic.fulfillment.routing;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wave's linear relaxation by column generation (test scope, GLOP and SCIP through OR-Tools):
 * the value that batch mode's Lagrangian ({@link WaveBound}) can at best reach, and a plan from
 * the general solver to compare the batch plan with.
 *
 * <p>Master: each order picks a convex mix of its plans (columns), costs summed, each node's stock
 * of each sku and its shipments shared. Pricing: the order's optimum with the master's stock and
 * shipment prices added ({@link OrderProblem#priced}, solved exactly). At any prices,
 * sum of the priced optima - prices x stock - prices x capacity is a lower bound of the wave (the
 * Lagrangian); when no order has a column of negative reduced cost, it equals the master's LP value
 * (Dantzig-Wolfe: the best any Lagrangian over the shared rows can give). The integer master over
 * the columns found (SCIP, one plan per order) is then a feasible wave plan.
 */
final class WaveColumnGeneration {
    static {
        Loader.loadNativeLibraries();
    }

    /**
     * lp: the master's last LP value; lagrangian: the best proven bound; plan: the integer master's
     * cost (NaN: none); duals: the master's last stock and shipment duals (the prices of the last pricing).
     */
    record Answer(double lp, double lagrangian, double plan, int iterations, int columns, int unsettled, double seconds,
                  WaveBound.Prices duals) {
    }

    private final Network net;
    private final OrderProblem[] problems;
    private final Map<Long, Integer> keys = new HashMap<>();
    private final List<Integer> stock = new ArrayList<>();
    private final int[][][] stockKey;
    private final List<List<int[][]>> columns = new ArrayList<>();
    private final long visits;

    private WaveColumnGeneration(Network net, List<RoutingOrder> orders, long visits) {
        this.net = net;
        this.visits = visits;
        Network.Stock initial = net.newStock(false);
        problems = new OrderProblem[orders.size()];
        stockKey = new int[orders.size()][][];
        for (int o = 0; o < problems.length; o++) {
            OrderProblem p = OrderProblem.of(net, orders.get(o), initial);
            problems[o] = p;
            stockKey[o] = new int[p.nodeCount][p.lineCount];
            for (int n = 0; n < p.nodeCount; n++) {
                for (int l = 0; l < p.lineCount; l++) {
                    long key = (long) p.node[n] * net.skuIds.length + p.sku[l];
                    int node = p.node[n];
                    int sku = p.sku[l];
                    stockKey[o][n][l] = keys.computeIfAbsent(key, k -> {
                        stock.add(initial.available[node][sku]);
                        return stock.size() - 1;
                    });
                }
            }
            List<int[][]> own = new ArrayList<>();
            own.add(p.emptyAssignment()); // everything backordered: always feasible
            columns.add(own);
        }
    }

    /** Column generation until no column prices out (or {@code seconds} pass), then the integer master for {@code mipSeconds}. */
    static Answer solve(Network net, List<RoutingOrder> orders, long visits, double seconds, double mipSeconds) {
        return solve(net, orders, visits, seconds, mipSeconds, null);
    }

    /** As above, the second pricing at {@code start}'s prices (batch mode's bound: a warm start; null: none). */
    static Answer solve(Network net, List<RoutingOrder> orders, long visits, double seconds, double mipSeconds, WaveBound.Prices start) {
        return solve(net, orders, visits, seconds, mipSeconds, start, null);
    }

    /**
     * As above, with {@code seed} (null: none), a plan of the wave such as batch mode's, among the
     * first columns: the master then holds that plan from the start (its LP and integer values are
     * at most its cost), so a short run still says whether the relaxation or a general solver finds
     * anything cheaper.
     */
    static Answer solve(Network net, List<RoutingOrder> orders, long visits, double seconds, double mipSeconds, WaveBound.Prices start,
            List<OrderPlan> seed) {
        WaveColumnGeneration cg = new WaveColumnGeneration(net, orders, visits);
        cg.start = start;
        if (seed != null) {
            cg.seeded = true;
            for (int o = 0; o < orders.size(); o++) {
                cg.columns.get(o).add(assignmentOf(net, cg.problems[o], seed.get(o)));
            }
        }
        return cg.run(seconds, mipSeconds);
    }

    /** An order's plan as an assignment of its problem against the initial stock. */
    static int[][] assignmentOf(Network net, OrderProblem p, OrderPlan plan) {
        int[][] x = p.emptyAssignment();
        for (Shipment s : plan.shipments()) {
            int node = net.nodeIndex.get(s.node());
            int n = 0;
            while (p.node[n] != node) {
                n++;
            }
            for (OrderLine line : s.lines()) {
                int l = java.util.Arrays.asList(p.skuId).indexOf(line.sku());
                x[n][l] += line.qty();
            }
        }
        if (Math.abs(p.cost(x) - plan.cost()) > 1e-6) {
            throw new IllegalStateException("order " + plan.orderId() + ": plan costs " + plan.cost() + ", its assignment " + p.cost(x));
        }
        return x;
    }

    private WaveBound.Prices start;
    /** Whether each order's second column is the seed plan (a hint to the integer master). */
    private boolean seeded;

    private Answer run(double seconds, double mipSeconds) {
        long t0 = System.nanoTime();
        Network.Stock withCapacity = net.newStock(true);
        int nodes = net.nodes.length;
        double[] mu = new double[stock.size()];
        double[] nu = new double[nodes];
        double best = Double.NEGATIVE_INFINITY;
        double lp = Double.NaN;
        int iterations = 0;
        int unsettled = 0;
        while (true) {
            // pricing at mu, nu (zero at first: each order's optimum alone)
            double lagrangian = 0;
            int added = 0;
            unsettled = 0;
            double[] duals = lastConvexityDuals;
            for (int o = 0; o < problems.length; o++) {
                OrderProblem priced = pricedAt(o, mu, nu);
                Priced r = optimum(priced);
                unsettled += r.settled ? 0 : 1;
                lagrangian += r.bound;
                if (duals == null || r.cost < duals[o] - 1e-7) {
                    columns.get(o).add(r.x);
                    added++;
                }
            }
            for (int k = 0; k < mu.length; k++) {
                lagrangian -= mu[k] * stock.get(k);
            }
            for (int n = 0; n < nodes; n++) {
                if (withCapacity.shipmentsLeft[n] != Integer.MAX_VALUE) {
                    lagrangian -= nu[n] * withCapacity.shipmentsLeft[n];
                }
            }
            best = Math.max(best, lagrangian);
            iterations++;
            if (Boolean.getBoolean("wave.trace")) {
                System.out.printf("column generation round %d: Lagrangian %.2f (best %.2f, %d orders unsettled), "
                        + "restricted master LP %.2f, %d columns added, %.1f s%n", iterations, lagrangian, best, unsettled, lp, added,
                        (System.nanoTime() - t0) / 1e9);
            }
            if (added == 0 || (System.nanoTime() - t0) / 1e9 > seconds || lp - best < 1e-6 * Math.abs(lp)) {
                break;
            }
            lp = master(false, mu, nu, withCapacity, 0)[0];
            if (iterations == 1 && start != null) {
                for (Map.Entry<Long, Integer> e : keys.entrySet()) {
                    int node = (int) (e.getKey() / net.skuIds.length);
                    mu[e.getValue()] = start.stock()[node][(int) (e.getKey() % net.skuIds.length)];
                }
                System.arraycopy(start.shipment(), 0, nu, 0, nu.length);
                lastConvexityDuals = null;
            }
        }
        double plan = mipSeconds > 0 ? master(true, mu, nu, withCapacity, mipSeconds)[0] : Double.NaN;
        int count = columns.stream().mapToInt(List::size).sum();
        double[][] byNode = new double[nodes][net.skuIds.length];
        for (Map.Entry<Long, Integer> e : keys.entrySet()) {
            byNode[(int) (e.getKey() / net.skuIds.length)][(int) (e.getKey() % net.skuIds.length)] = mu[e.getValue()];
        }
        return new Answer(lp, best, plan, iterations, count, unsettled, (System.nanoTime() - t0) / 1e9,
                new WaveBound.Prices(Double.NaN, byNode, nu.clone())); // prices only: their value is not a bound until certified
    }

    private double[] lastConvexityDuals;

    private record Priced(int[][] x, double cost, double bound, boolean settled) {
    }

    private OrderProblem pricedAt(int o, double[] mu, double[] nu) {
        OrderProblem p = problems[o];
        double[][] extra = new double[p.nodeCount][p.lineCount];
        double[] handling = new double[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            handling[n] = nu[p.node[n]];
            for (int l = 0; l < p.lineCount; l++) {
                extra[n][l] = mu[stockKey[o][n][l]];
            }
        }
        return p.priced(extra, handling);
    }

    /** The priced order's optimum (its proven lower bound when the search does not complete). */
    private Priced optimum(OrderProblem priced) {
        if (priced.shipComplete) {
            SolveResult least = null;
            double cost = Double.POSITIVE_INFINITY;
            for (SolveResult r : ShipCompleteSolver.plans(priced)) {
                double c = priced.cost(r.x());
                if (c < cost) {
                    cost = c;
                    least = r;
                }
            }
            return new Priced(least.x(), cost, cost, true);
        }
        ExactOrderSolver exact = new ExactOrderSolver(priced, visits);
        SolveResult r = exact.solve();
        double cost = priced.cost(r.x());
        if (!exact.aborted()) {
            return new Priced(r.x(), cost, cost, true);
        }
        // prices only add, so the order's cost alone is below its priced optimum; its relaxation is too
        double bound = LagrangianBound.compute(priced, cost, 300).value;
        return new Priced(r.x(), cost, Math.min(bound, cost), false);
    }

    /** The master over the columns so far: LP (duals into mu, nu) or integer; returns {value}. */
    private double[] master(boolean integer, double[] mu, double[] nu, Network.Stock capacity, double mipSeconds) {
        MPSolver solver = MPSolver.createSolver(integer ? "SCIP" : "GLOP");
        MPObjective objective = solver.objective();
        objective.setMinimization();
        MPConstraint[] convexity = new MPConstraint[problems.length];
        MPConstraint[] stockRows = new MPConstraint[stock.size()];
        for (int k = 0; k < stockRows.length; k++) {
            stockRows[k] = solver.makeConstraint(Double.NEGATIVE_INFINITY, stock.get(k), "s" + k);
        }
        MPConstraint[] capacityRows = new MPConstraint[net.nodes.length];
        for (int n = 0; n < capacityRows.length; n++) {
            if (capacity.shipmentsLeft[n] != Integer.MAX_VALUE) {
                capacityRows[n] = solver.makeConstraint(Double.NEGATIVE_INFINITY, capacity.shipmentsLeft[n], "c" + n);
            }
        }
        for (int o = 0; o < problems.length; o++) {
            OrderProblem p = problems[o];
            convexity[o] = solver.makeConstraint(1, 1, "o" + o);
            int c = 0;
            for (int[][] x : columns.get(o)) {
                MPVariable z = integer ? solver.makeBoolVar("z" + o + "_" + c) : solver.makeNumVar(0, 1, "z" + o + "_" + c);
                c++;
                objective.setCoefficient(z, p.cost(x));
                convexity[o].setCoefficient(z, 1);
                for (int n = 0; n < p.nodeCount; n++) {
                    int units = 0;
                    for (int l = 0; l < p.lineCount; l++) {
                        if (x[n][l] > 0) {
                            MPConstraint row = stockRows[stockKey[o][n][l]];
                            row.setCoefficient(z, row.getCoefficient(z) + x[n][l]);
                            units += x[n][l];
                        }
                    }
                    if (units > 0 && capacityRows[p.node[n]] != null) {
                        capacityRows[p.node[n]].setCoefficient(z, 1);
                    }
                }
            }
        }
        if (integer) {
            solver.setTimeLimit((long) (mipSeconds * 1000));
            if (seeded) {
                List<MPVariable> hinted = new ArrayList<>();
                for (int o = 0; o < problems.length; o++) {
                    hinted.add(solver.lookupVariableOrNull("z" + o + "_1"));
                }
                double[] ones = new double[hinted.size()];
                java.util.Arrays.fill(ones, 1);
                solver.setHint(hinted.toArray(MPVariable[]::new), ones);
            }
        }
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            solver.delete();
            return new double[] {Double.NaN};
        }
        double value = objective.value();
        if (!integer) {
            for (int k = 0; k < mu.length; k++) {
                mu[k] = Math.max(0, -stockRows[k].dualValue());
            }
            for (int n = 0; n < nu.length; n++) {
                nu[n] = capacityRows[n] == null ? 0 : Math.max(0, -capacityRows[n].dualValue());
            }
            lastConvexityDuals = new double[problems.length];
            for (int o = 0; o < problems.length; o++) {
                lastConvexityDuals[o] = convexity[o].dualValue();
            }
        }
        solver.delete();
        return new double[] {value};
    }
}
