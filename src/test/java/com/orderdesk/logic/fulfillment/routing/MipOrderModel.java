package com.orderdesk.logic.fulfillment.routing;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routing contract's cost model as a mixed-integer program, solved by SCIP through OR-Tools:
 * a general solver's optimum to check the router against (test scope only), for one order or a
 * wave of orders sharing stock and shipment capacity. {@code -Dmip.solver=CP_SAT} solves the same
 * model with OR-Tools' CP-SAT instead (a second general solver, of another kind: it scales the real
 * coefficients to integers itself), with {@code -Dmip.workers=N} search workers (default 1); its
 * time limit is wall clock, its settings SatParameters text (e.g. {@code log_search_progress: true}).
 *
 * <p>x[n][l] whole units of line l from node n (up to its stock), b[l] backordered units; each
 * node takes at most one "level": weight break j (its load at most that break, price j) or the
 * tail (price of the last break plus the per-kg price above it, t[n] >= w[n] - last break).
 * Weights in micro-kg, as the engine counts them, so loads equal to a break are exact. A
 * ship-complete order ships everything from one node or nothing.
 */
final class MipOrderModel {
    static {
        Loader.loadNativeLibraries();
    }

    /** The backend, {@code SCIP} (default) or {@code CP_SAT}: the name MPSolver.createSolver takes. */
    static final String BACKEND = System.getProperty("mip.solver", "SCIP");

    /**
     * The solver's answer: its best plan's cost, its proven bound, whether it proved optimality, (one
     * order) its plan, (a wave) each order's cost and plan, and the solver's own name for itself (so a
     * test can check which one ran).
     */
    record Answer(double cost, double bound, boolean optimal, double seconds, int[][] plan, List<Double> orderCosts, double hintCost,
            double cpuSeconds, String solver, List<int[][]> orderPlans) {
    }

    static boolean cpSat() {
        return "CP_SAT".equals(BACKEND);
    }

    private final MPSolver solver;
    private final MPObjective cost;

    private MipOrderModel() {
        solver = MPSolver.createSolver(BACKEND);
        if (solver == null) {
            throw new IllegalStateException(BACKEND + " is not available in this OR-Tools build");
        }
        if (cpSat()) {
            // MPSolver's default for CP-SAT is every core: one worker unless asked (the machine is shared)
            solver.setNumThreads(Integer.getInteger("mip.workers", 1));
        }
        cost = solver.objective();
        cost.setMinimization();
    }

    static Answer solve(OrderProblem p, double seconds) {
        MipOrderModel m = new MipOrderModel();
        Added order = m.add(p, "");
        return m.run(seconds, order);
    }

    /** The wave's optimum under shared stock and capacity (orders routed together, as batch mode). */
    static Answer solveWave(Network net, List<RoutingOrder> orders, double seconds) {
        return solveWave(net, orders, seconds, null, "");
    }

    /**
     * As above, with {@code hint} (null: none), a plan of the wave such as batch mode's, given to
     * SCIP as a complete solution (every variable set, so it is checked and kept, not completed by
     * a sub-MIP), and {@code parameters}: more SCIP settings (e.g. {@code timing/clocktype = 1},
     * the time limit in CPU seconds). {@code mip.output=true} prints SCIP's log.
     */
    static Answer solveWave(Network net, List<RoutingOrder> orders, double seconds, List<OrderPlan> hint, String parameters) {
        return solveWave(net, orders, seconds, hint, parameters, net.newStock(true));
    }

    /**
     * As above, the orders sharing {@code stock} (units and shipments left), e.g. what the rest of a
     * wave leaves when only some of its orders are planned again together.
     */
    static Answer solveWave(Network net, List<RoutingOrder> orders, double seconds, List<OrderPlan> hint, String parameters,
            Network.Stock stock) {
        MipOrderModel m = new MipOrderModel();
        m.parameters = parameters;
        Map<Long, MPConstraint> stockLimits = new HashMap<>();
        Map<Integer, MPConstraint> capacityLimits = new HashMap<>();
        List<Added> added = new java.util.ArrayList<>();
        for (int o = 0; o < orders.size(); o++) {
            OrderProblem p = OrderProblem.of(net, orders.get(o), net.newStock(false));
            Added a = m.add(p, "o" + o + "_");
            added.add(a);
            for (int n = 0; n < p.nodeCount; n++) {
                int node = p.node[n];
                for (int l = 0; l < p.lineCount; l++) {
                    final int line = l;
                    if (a.x[n][l] != null) {
                        long key = (long) node * net.skuIds.length + p.sku[l];
                        stockLimits.computeIfAbsent(key, k -> m.solver.makeConstraint(0, stock.available[node][p.sku[line]], "s" + k))
                                .setCoefficient(a.x[n][l], 1);
                    }
                }
                if (stock.shipmentsLeft[node] != Integer.MAX_VALUE) {
                    MPConstraint c = capacityLimits.computeIfAbsent(node,
                            k -> m.solver.makeConstraint(0, stock.shipmentsLeft[node], "c" + node));
                    for (MPVariable y : a.levels[n]) {
                        if (y != null) {
                            c.setCoefficient(y, 1);
                        }
                    }
                }
            }
        }
        if (hint != null) {
            double[] values = new double[m.solver.numVariables()];
            for (int o = 0; o < orders.size(); o++) {
                MipHint.fill(added.get(o), WaveColumnGeneration.assignmentOf(net, added.get(o).p(), hint.get(o)), values);
            }
            MPVariable[] all = m.solver.variables();
            double hinted = 0;
            for (MPVariable v : all) {
                hinted += values[v.index()] * m.cost.getCoefficient(v);
            }
            m.hintCost = hinted;
            m.solver.setHint(all, values);
        }
        Answer wave = m.runKeeping(seconds);
        List<Double> costs = new java.util.ArrayList<>();
        List<int[][]> plans = new java.util.ArrayList<>();
        for (Added a : added) {
            plans.add(m.planOf(a));
            costs.add(a.p().cost(plans.get(plans.size() - 1)));
        }
        m.solver.delete();
        return new Answer(wave.cost(), wave.bound(), wave.optimal(), wave.seconds(), null, costs, wave.hintCost(), wave.cpuSeconds(),
                wave.solver(), plans);
    }

    private int[][] planOf(Added order) {
        int[][] plan = order.p().emptyAssignment();
        for (int n = 0; n < order.p().nodeCount; n++) {
            for (int l = 0; l < order.p().lineCount; l++) {
                MPVariable x = order.x()[n][l];
                plan[n][l] = x == null ? 0 : (int) Math.round(x.solutionValue());
            }
        }
        return plan;
    }

    /** One order's variables: units, levels, backorders, weight above the last break, ship-complete node (null: none). */
    record Added(OrderProblem p, MPVariable[][] x, MPVariable[][] levels, MPVariable[] b, MPVariable[] above, MPVariable[] whole) {
    }

    /** SCIP settings added to the gap limits (solveWave). */
    private String parameters = "";
    /** The last solve's CPU time (SCIP runs in the calling thread). */
    private double cpuSeconds;
    /** The hint's cost under this model's objective (NaN: no hint). */
    private double hintCost = Double.NaN;

    private Added add(OrderProblem p, String prefix) {
        RateTable t = p.rates;
        int breaks = t.breakCount();
        long last = t.breakAt(breaks - 1);
        MPVariable[][] xs = new MPVariable[p.nodeCount][p.lineCount];
        MPVariable[][] levels = new MPVariable[p.nodeCount][breaks + 1];
        MPConstraint[] demand = new MPConstraint[p.lineCount];
        MPVariable[] b = new MPVariable[p.lineCount];
        for (int l = 0; l < p.lineCount; l++) {
            demand[l] = solver.makeConstraint(p.qty[l], p.qty[l], prefix + "demand" + l);
            b[l] = solver.makeIntVar(0, p.qty[l], prefix + "b" + l);
            demand[l].setCoefficient(b[l], 1);
            cost.setCoefficient(b[l], p.backorderPenalty);
        }
        MPConstraint shipments = solver.makeConstraint(0, Math.min(p.maxShipments, p.nodeCount), prefix + "maxShipments");
        MPConstraint oneWholeNode = p.shipComplete ? solver.makeConstraint(0, 1, prefix + "complete") : null;
        MPVariable[] aboves = new MPVariable[p.nodeCount];
        MPVariable[] wholes = new MPVariable[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            long stockWeight = 0;
            int stockUnits = 0;
            boolean whole = true;
            for (int l = 0; l < p.lineCount; l++) {
                stockWeight += (long) p.avail[n][l] * p.weight[l];
                stockUnits += p.avail[n][l];
                whole &= p.avail[n][l] >= p.qty[l];
            }
            if (stockUnits == 0 || p.shipComplete && !whole) {
                continue;
            }
            MPConstraint oneLevel = solver.makeConstraint(0, 1, prefix + "level" + n);
            MPConstraint weightCap = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, prefix + "cap" + n);
            MPConstraint open = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, prefix + "open" + n);
            MPConstraint tailWeight = solver.makeConstraint(Double.NEGATIVE_INFINITY, last, prefix + "tail" + n);
            for (int j = 0; j <= breaks; j++) {
                boolean tail = j == breaks;
                if (tail && stockWeight <= last) {
                    continue;
                }
                MPVariable y = solver.makeBoolVar(prefix + "y" + n + "_" + j);
                levels[n][j] = y;
                oneLevel.setCoefficient(y, 1);
                shipments.setCoefficient(y, 1);
                weightCap.setCoefficient(y, -(double) (tail ? stockWeight : t.breakAt(j)));
                open.setCoefficient(y, -stockUnits);
                cost.setCoefficient(y, p.handling[n] + t.priceAt(p.zone[n], tail ? breaks - 1 : j));
            }
            MPVariable above = solver.makeNumVar(0, Math.max(0, stockWeight - last), prefix + "t" + n);
            aboves[n] = above;
            tailWeight.setCoefficient(above, -1);
            cost.setCoefficient(above, t.perKgAboveMax(p.zone[n]) / RateTable.MICRO_PER_KG);
            MPVariable wholeHere = p.shipComplete ? solver.makeBoolVar(prefix + "whole" + n) : null;
            if (wholeHere != null) {
                wholes[n] = wholeHere;
                oneWholeNode.setCoefficient(wholeHere, 1);
            }
            for (int l = 0; l < p.lineCount; l++) {
                if (p.avail[n][l] == 0) {
                    continue;
                }
                MPVariable x = solver.makeIntVar(0, p.avail[n][l], prefix + "x" + n + "_" + l);
                xs[n][l] = x;
                demand[l].setCoefficient(x, 1);
                weightCap.setCoefficient(x, p.weight[l]);
                open.setCoefficient(x, 1);
                tailWeight.setCoefficient(x, p.weight[l]);
                cost.setCoefficient(x, p.pick[n]);
                if (wholeHere != null) {
                    MPConstraint all = solver.makeConstraint(0, 0, prefix + "all" + n + "_" + l);
                    all.setCoefficient(x, 1);
                    all.setCoefficient(wholeHere, -p.qty[l]);
                }
            }
        }
        return new Added(p, xs, levels, b, aboves, wholes);
    }

    private Answer run(double seconds, Added order) {
        Answer a = runKeeping(seconds);
        int[][] plan = order == null ? null : planOf(order);
        solver.delete();
        return new Answer(a.cost(), a.bound(), a.optimal(), a.seconds(), plan, null, Double.NaN, a.cpuSeconds(), a.solver(), null);
    }

    /** Solves, leaving the solver alive so the caller can read the solution (and delete it). */
    private Answer runKeeping(double seconds) {
        solver.setTimeLimit((long) (seconds * 1000));
        // the contract compares costs to 0.005: stop only when the gap is well inside it
        // (CP-SAT: the weight above the last break, in micro-kg, can pass its default bound of 1e7; truncated, batch's plan is infeasible)
        solver.setSolverSpecificParametersAsString(cpSat() ? "relative_gap_limit: 1e-7 absolute_gap_limit: 0.001 mip_max_bound: 1e11 " + parameters
                : "limits/gap = 1e-7\nlimits/absgap = 0.001\n" + parameters);
        if (Boolean.getBoolean("mip.output")) {
            solver.enableOutput();
        }
        // a wall-clock cap beside SCIP's own limit (e.g. in CPU seconds): the solve is interrupted and keeps its best plan
        double wall = Double.parseDouble(System.getProperty("mip.wallSeconds", "0"));
        java.util.concurrent.ScheduledExecutorService cap = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        if (wall > 0) {
            cap.schedule(solver::interruptSolve, (long) (wall * 1000), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // SCIP runs in the calling thread; CP-SAT's workers in threads of their own, so the process's CPU is counted
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = cpSat() ? process.getProcessCpuTime() : threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        MPSolver.ResultStatus status = solver.solve();
        double took = (System.nanoTime() - t0) / 1e9;
        cpuSeconds = ((cpSat() ? process.getProcessCpuTime() : threads.getCurrentThreadCpuTime()) - cpu0) / 1e9;
        cap.shutdownNow();
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            throw new IllegalStateException(BACKEND + " found no plan: " + status);
        }
        return new Answer(cost.value(), cost.bestBound(), status == MPSolver.ResultStatus.OPTIMAL, took, null, null, hintCost, cpuSeconds,
                solver.solverVersion(), null);
    }
}
