package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The optimum of an order that ships from at most two nodes ({@code maxShipments} 1 or 2), by
 * its node sets: every plan ships from one node, from a pair, or from none, so the optimum is the
 * best over those classes. Each class gets a cheap valid bound ({@link PairBound}); classes are
 * taken cheapest bound first, each closed by its bound (at or above the incumbent, on the cost
 * grid), by the bound's own plan when that plan costs what the bound says, or by solving the
 * class exactly ({@link NodeSetSolver} on its one or two nodes). When the time runs out, no plan
 * of a class still open costs less than that class's bound, so the least bound left (or the
 * incumbent) is a certified lower bound of the order's optimum.
 *
 * <p>Why not the order's Lagrangian for these orders: with two shipments its node term counts
 * only the two most negative node values at one set of multipliers, measured 3-9 % under the plan
 * on 40-line orders over 50 nodes; a bound per pair sees each pair's own stock and rates.
 */
final class PairSearch {
    /** Visits one class's exact solve may take before it is left open (its bound still counts). */
    private static final long CLASS_VISITS = 200_000;

    private PairSearch() {
    }

    /** Whether the order's plans ship from at most two nodes (and it is not ship-complete). */
    static boolean applies(OrderProblem p) {
        return !p.shipComplete && p.maxShipments >= 1 && p.maxShipments <= 2 && p.unitExtra == null;
    }

    /**
     * The best plan found, starting from {@code incumbent} (a plan of p), proven optimal when every
     * class was closed; otherwise with the least bound of the classes still open.
     */
    static SolveResult solve(OrderProblem p, SolveResult incumbent, long budget) {
        return new Run(p, incumbent, budget).search();
    }

    /** One search: the incumbent, and the classes still open (a heap on their bounds). */
    private static final class Run {
        private final OrderProblem p;
        private final long budget;
        private final double quantum;
        private final PairBound pb;
        private final PairLevels levels;
        private final int[][] x;
        private int[][] bestX;
        private double best;
        /** Open classes: bound, nodes a and b (a == b: a alone), their levels (-1: not yet split by level). */
        private double[] bound = new double[64];
        private int[][] key = new int[64][];
        private int size;

        Run(OrderProblem p, SolveResult incumbent, long budget) {
            this.p = p;
            this.budget = budget;
            quantum = CostGrid.of(p).all;
            pb = new PairBound(p);
            levels = new PairLevels(p);
            x = p.emptyAssignment();
            bestX = incumbent.x();
            best = incumbent.cost();
            offer(p.emptyAssignment()); // the plan shipping nothing
        }

        SolveResult search() {
            int nodes = p.nodeCount;
            boolean pairs = p.maxShipments >= 2;
            for (int a = 0; a < nodes; a++) {
                if (OrderDeadline.searchPassed()) {
                    // not every class bounded yet (thousands of nodes): nothing better than 0 is certified
                    return new SolveResult(bestX, best, false, 0);
                }
                for (int b = a; b < (pairs ? nodes : a + 1); b++) {
                    double v = pb.bound(a, b, x);
                    if (closed(v)) {
                        continue;
                    }
                    // the bound's own plan is real; when it costs what the bound says the class is settled
                    if (offer(x) <= v + ExactOrderSolver.EPS) {
                        continue;
                    }
                    push(v, new int[] {a, b, -1, -1});
                }
            }
            clearRows();
            double least = Double.POSITIVE_INFINITY;
            while (size > 0) {
                double v = bound[0];
                if (closed(v)) {
                    break;
                }
                if (OrderDeadline.searchPassed()) {
                    least = Math.min(least, v);
                    break;
                }
                int[] k = pop();
                if (k[2] < 0) {
                    split(k[0], k[1], v);
                } else if (!solveAtLevels(k)) {
                    least = Math.min(least, v);
                }
            }
            if (least == Double.POSITIVE_INFINITY || closed(least)) {
                return new SolveResult(bestX, best, true);
            }
            return new SolveResult(bestX, best, false, Math.max(0, Math.min(least, best)));
        }

        /** The class's levels, each bounded on its own (never under the class's bound, since it holds for them too). */
        private void split(int a, int b, double classBound) {
            int[] la = levels.levels(a);
            int[] lb = a == b ? new int[] {0} : levels.levels(b);
            for (int i : la) {
                for (int j : lb) {
                    double v = Math.max(classBound, levels.bound(a, i, b, a == b ? i : j, x));
                    if (closed(v)) {
                        continue;
                    }
                    if (levels.planned && offer(x) <= v + ExactOrderSolver.EPS) {
                        continue;
                    }
                    push(v, new int[] {a, b, i, a == b ? i : j});
                }
                clearRows();
            }
        }

        /** Solves one class at fixed levels exactly; false when it ran out of visits (the class stays open). */
        private boolean solveAtLevels(int[] k) {
            boolean single = k[0] == k[1];
            int[] set = single ? new int[] {k[0]} : new int[] {k[0], k[1]};
            int[] lv = single ? new int[] {k[2]} : new int[] {k[2], k[3]};
            NodeSetSolver inner = new NodeSetSolver(p.restrictedTo(set, set.length), Math.max(CLASS_VISITS, budget));
            SolveResult r = inner.solveAtLevels(best, lv);
            if (r.x() != null) {
                int[][] y = p.emptyAssignment();
                for (int s = 0; s < set.length; s++) {
                    y[set[s]] = r.x()[s].clone();
                }
                offer(y);
            }
            return !inner.aborted();
        }

        private boolean closed(double v) {
            return CostGrid.closes(v, best, quantum);
        }

        /** Takes a plan if it is cheaper than the incumbent; returns its cost. */
        private double offer(int[][] plan) {
            double c = p.cost(plan);
            if (c < best - ExactOrderSolver.EPS) {
                best = c;
                bestX = copy(plan);
            }
            return c;
        }

        private void clearRows() {
            for (int[] row : x) {
                Arrays.fill(row, 0);
            }
        }

        private void push(double v, int[] k) {
            if (size == bound.length) {
                bound = Arrays.copyOf(bound, 2 * size);
                key = Arrays.copyOf(key, 2 * size);
            }
            int i = size++;
            while (i > 0 && bound[(i - 1) / 2] > v) {
                int up = (i - 1) / 2;
                bound[i] = bound[up];
                key[i] = key[up];
                i = up;
            }
            bound[i] = v;
            key[i] = k;
        }

        private int[] pop() {
            int[] top = key[0];
            size--;
            double v = bound[size];
            int[] k = key[size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && bound[c + 1] < bound[c]) {
                    c++;
                }
                if (bound[c] >= v) {
                    break;
                }
                bound[i] = bound[c];
                key[i] = key[c];
                i = c;
            }
            bound[i] = v;
            key[i] = k;
            return top;
        }
    }

    private static int[][] copy(int[][] x) {
        int[][] y = new int[x.length][];
        for (int n = 0; n < x.length; n++) {
            y[n] = x[n].clone();
        }
        return y;
    }
}
