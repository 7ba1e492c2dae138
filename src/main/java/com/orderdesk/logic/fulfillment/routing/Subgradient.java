package com.orderdesk.logic.fulfillment.routing;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * One projected subgradient step on an order's line multipliers (the priced searches' bounds step
 * their multipliers this way): each line's subgradient is its quantity less what the counted nodes
 * load of it, held at zero where the multiplier is already the backorder penalty and the line short.
 */
final class Subgradient {
    private Subgradient() {
    }

    /**
     * Moves {@code mult} by {@code step * gap / |g|^2} along the subgradient, capped at the backorder
     * penalty; {@code g} is scratch of the order's line count. False when the subgradient is zero
     * (every line exactly covered: no step can raise the bound).
     */
    static boolean step(OrderProblem q, double[] mult, double[] g, IntPredicate counted, IntFunction<double[]> load,
                        double step, double gap) {
        for (int l = 0; l < q.lineCount; l++) {
            g[l] = q.qty[l];
        }
        for (int n = 0; n < q.nodeCount; n++) {
            if (counted.test(n)) {
                double[] loaded = load.apply(n);
                for (int l = 0; l < q.lineCount; l++) {
                    g[l] -= loaded[l];
                }
            }
        }
        double norm = 0;
        for (int l = 0; l < q.lineCount; l++) {
            if (mult[l] >= q.backorderPenalty && g[l] > 0) {
                g[l] = 0;
            }
            norm += g[l] * g[l];
        }
        if (norm < 1e-12) {
            return false;
        }
        double t = step * gap / norm;
        for (int l = 0; l < q.lineCount; l++) {
            mult[l] = Math.min(q.backorderPenalty, mult[l] + t * g[l]);
        }
        return true;
    }

    /**
     * The deflected subgradient of the Lagrangian searches ({@link LagrangianBound},
     * {@link LagrangianBranchAndBound}): g[l] = qty[l] - shipped[l] + alpha g[l], held at zero where
     * {@code mult[l]} is the penalty and g[l] > 0; returns |g|^2. shipped[l] is the counted nodes'
     * loads of line l summed in node order, as the former loop over lines then nodes did (the same
     * additions in the same order, so the same bits), but row by row over the counted nodes only:
     * that loop read every node's flag for every line, down each node's column, 10 % of the samples
     * at 40 lines x 200 nodes where few nodes count. {@code shipped} is scratch of the line count.
     */
    static double deflected(int[] qty, double penalty, double[] mult, double[] g, boolean[] counted, double[][] load,
                            int lines, int nodeCount, double alpha, double[] shipped) {
        java.util.Arrays.fill(shipped, 0, lines, 0.0);
        for (int n = 0; n < nodeCount; n++) {
            if (counted[n]) {
                double[] x = load[n];
                for (int l = 0; l < lines; l++) {
                    shipped[l] += x[l];
                }
            }
        }
        double norm = 0;
        for (int l = 0; l < lines; l++) {
            g[l] = qty[l] - shipped[l] + alpha * g[l];
            if (mult[l] >= penalty && g[l] > 0) {
                g[l] = 0;
            }
            norm += g[l] * g[l];
        }
        return norm;
    }
}
