package com.orderdesk.logic.fulfillment.routing;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The routing contract's cost model of one order as a mixed-integer program, solved by SCIP
 * through OR-Tools: a general solver's optimum to check the router against (test scope only).
 *
 * <p>x[n][l] whole units of line l from node n (up to its stock), b[l] backordered units; each
 * node takes at most one "level": weight break j (its load at most that break, price j) or the
 * tail (price of the last break plus the per-kg price above it, t[n] >= w[n] - last break).
 * Weights in micro-kg, as the engine counts them, so loads equal to a break are exact.
 */
final class MipOrderModel {
    static {
        Loader.loadNativeLibraries();
    }

    /** The solver's answer: its best plan's cost, its proven bound, and whether it proved optimality. */
    record Answer(double cost, double bound, boolean optimal, double seconds, int[][] plan) {
    }

    private MipOrderModel() {
    }

    static Answer solve(OrderProblem p, double seconds) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("SCIP is not available in this OR-Tools build");
        }
        RateTable t = p.rates;
        int breaks = t.breakCount();
        long last = t.breakAt(breaks - 1);
        MPObjective cost = solver.objective();
        cost.setMinimization();
        MPConstraint[] demand = new MPConstraint[p.lineCount];
        for (int l = 0; l < p.lineCount; l++) {
            demand[l] = solver.makeConstraint(p.qty[l], p.qty[l], "demand" + l);
            MPVariable b = solver.makeIntVar(0, p.qty[l], "b" + l);
            demand[l].setCoefficient(b, 1);
            cost.setCoefficient(b, p.backorderPenalty);
        }
        MPVariable[][] xs = new MPVariable[p.nodeCount][p.lineCount];
        MPConstraint shipments = solver.makeConstraint(0, Math.min(p.maxShipments, p.nodeCount), "maxShipments");
        for (int n = 0; n < p.nodeCount; n++) {
            long stockWeight = 0;
            int stockUnits = 0;
            for (int l = 0; l < p.lineCount; l++) {
                stockWeight += (long) p.avail[n][l] * p.weight[l];
                stockUnits += p.avail[n][l];
            }
            if (stockUnits == 0) {
                continue;
            }
            // load weight w = sum weight x; w <= sum_j break_j y_j + stockWeight y_tail; units <= stockUnits sum y
            MPConstraint oneLevel = solver.makeConstraint(0, 1, "level" + n);
            MPConstraint weightCap = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "cap" + n);
            MPConstraint open = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "open" + n);
            MPConstraint tailWeight = solver.makeConstraint(Double.NEGATIVE_INFINITY, last, "tail" + n);
            for (int j = 0; j <= breaks; j++) {
                boolean tail = j == breaks;
                if (tail && stockWeight <= last) {
                    continue;
                }
                MPVariable y = solver.makeBoolVar("y" + n + "_" + j);
                oneLevel.setCoefficient(y, 1);
                shipments.setCoefficient(y, 1);
                weightCap.setCoefficient(y, -(double) (tail ? stockWeight : t.breakAt(j)));
                open.setCoefficient(y, -stockUnits);
                cost.setCoefficient(y, p.handling[n] + t.priceAt(p.zone[n], tail ? breaks - 1 : j));
            }
            MPVariable above = solver.makeNumVar(0, Math.max(0, stockWeight - last), "t" + n);
            tailWeight.setCoefficient(above, -1);
            cost.setCoefficient(above, t.perKgAboveMax(p.zone[n]) / RateTable.MICRO_PER_KG);
            for (int l = 0; l < p.lineCount; l++) {
                if (p.avail[n][l] == 0) {
                    continue;
                }
                MPVariable x = solver.makeIntVar(0, p.avail[n][l], "x" + n + "_" + l);
                xs[n][l] = x;
                demand[l].setCoefficient(x, 1);
                weightCap.setCoefficient(x, p.weight[l]);
                open.setCoefficient(x, 1);
                tailWeight.setCoefficient(x, p.weight[l]);
                cost.setCoefficient(x, p.pick[n]);
            }
        }
        solver.setTimeLimit((long) (seconds * 1000));
        // the contract compares costs to 0.005: a relative gap of 1e-7 on orders of a few hundred is well inside it
        solver.setSolverSpecificParametersAsString("limits/gap = 1e-7\nlimits/absgap = 0.001\n");
        long t0 = System.nanoTime();
        MPSolver.ResultStatus status = solver.solve();
        double took = (System.nanoTime() - t0) / 1e9;
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            throw new IllegalStateException("SCIP found no plan: " + status);
        }
        int[][] plan = p.emptyAssignment();
        for (int n = 0; n < p.nodeCount; n++) {
            for (int l = 0; l < p.lineCount; l++) {
                plan[n][l] = xs[n][l] == null ? 0 : (int) Math.round(xs[n][l].solutionValue());
            }
        }
        Answer a = new Answer(cost.value(), cost.bestBound(), status == MPSolver.ResultStatus.OPTIMAL, took, plan);
        solver.delete();
        return a;
    }
}
