package com.orderdesk.logic.fulfillment.routing;

/** Prices per unit of an order's lines, read off a plan: the start of the Lagrangian multipliers. */
final class LinePrices {
    private LinePrices() {
    }

    /**
     * What plan x costs per unit of each line: its pick, plus its shipment's handling and rate
     * shared by weight; the penalty for backordered units (averaged over the line's units).
     */
    static double[] unitCosts(OrderProblem p, int[][] x) {
        double[] perUnit = new double[p.lineCount];
        for (int n = 0; n < p.nodeCount; n++) {
            long w = 0;
            int units = 0;
            for (int l = 0; l < p.lineCount; l++) {
                w += x[n][l] * p.weight[l];
                units += x[n][l];
            }
            if (units == 0) {
                continue;
            }
            double shared = p.handling[n] + p.rate(n, w);
            for (int l = 0; l < p.lineCount; l++) {
                if (x[n][l] > 0) {
                    double share = w > 0 ? shared * p.weight[l] / w : shared / units;
                    perUnit[l] += x[n][l] * (p.pick[n] + share);
                }
            }
        }
        for (int l = 0; l < p.lineCount; l++) {
            int shipped = 0;
            for (int n = 0; n < p.nodeCount; n++) {
                shipped += x[n][l];
            }
            perUnit[l] = (perUnit[l] + (p.qty[l] - shipped) * p.backorderPenalty) / p.qty[l];
        }
        return perUnit;
    }
}
