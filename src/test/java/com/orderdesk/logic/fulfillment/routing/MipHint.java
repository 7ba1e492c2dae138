package com.orderdesk.logic.fulfillment.routing;

import com.google.ortools.linearsolver.MPVariable;

/**
 * A plan of one order written as values of {@link MipOrderModel}'s variables, so that a wave plan
 * (batch mode's) can be handed to the solver as a complete starting solution: units per node and
 * line, backorders, each used node at its cheapest level that holds its load, the weight above the
 * last break on a tail level, and a ship-complete order's node.
 */
final class MipHint {
    private MipHint() {
    }

    /** Writes the order's assignment {@code x} (against its initial stock) into {@code values}, indexed by variable. */
    static void fill(MipOrderModel.Added a, int[][] x, double[] values) {
        OrderProblem p = a.p();
        RateTable t = p.rates;
        int breaks = t.breakCount();
        long last = t.breakAt(breaks - 1);
        int[] shipped = new int[p.lineCount];
        for (int n = 0; n < p.nodeCount; n++) {
            int units = 0;
            long w = 0;
            for (int l = 0; l < p.lineCount; l++) {
                if (x[n][l] == 0) {
                    continue;
                }
                if (a.x()[n][l] == null) {
                    throw new IllegalStateException("the plan ships line " + l + " from node " + n + ", which the model leaves out");
                }
                values[a.x()[n][l].index()] = x[n][l];
                units += x[n][l];
                w += (long) x[n][l] * p.weight[l];
                shipped[l] += x[n][l];
            }
            if (units == 0) {
                continue;
            }
            int level = -1;
            double price = Double.POSITIVE_INFINITY;
            for (int j = 0; j <= breaks; j++) {
                MPVariable y = a.levels()[n][j];
                if (y == null || j < breaks && w > t.breakAt(j)) {
                    continue;
                }
                double c = j < breaks ? t.priceAt(p.zone[n], j)
                        : t.priceAt(p.zone[n], breaks - 1) + t.perKgAboveMax(p.zone[n]) * Math.max(0, w - last) / RateTable.MICRO_PER_KG;
                if (c < price) {
                    price = c;
                    level = j;
                }
            }
            if (level < 0) {
                throw new IllegalStateException("no level of node " + n + " holds a load of " + w);
            }
            values[a.levels()[n][level].index()] = 1;
            if (level == breaks) {
                values[a.above()[n].index()] = Math.max(0, w - last);
            }
            if (a.whole()[n] != null) {
                values[a.whole()[n].index()] = 1;
            }
        }
        for (int l = 0; l < p.lineCount; l++) {
            values[a.b()[l].index()] = p.qty[l] - shipped[l];
        }
    }
}
