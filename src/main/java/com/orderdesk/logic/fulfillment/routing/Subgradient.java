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
}
