package com.orderdesk.logic.fulfillment.routing;

/**
 * Convex under-estimates of what extra weight costs at a node. The rate is a step function of the
 * weight (plus a linear tail), so adding weight to a shipment costs nothing until the next break
 * and then jumps. Its lower convex envelope is a piecewise-linear convex function whose segments,
 * pooled over all nodes and taken cheapest slope first, give the exact minimum of the convexified
 * problem "spread this much weight over the nodes" (separable convex allocation). That minimum is
 * a valid lower bound for the true, stepped, cost.
 */
final class RateEnvelope {
    private final double[] px;
    private final double[] py;
    private final int[] hull;

    RateEnvelope(int breakCount) {
        px = new double[breakCount + 3];
        py = new double[breakCount + 3];
        hull = new int[breakCount + 3];
    }

    /**
     * Writes the envelope of "cost of adding d micro-kg, 0 <= d <= deltaMax" at node n, now
     * carrying {@code w} micro-kg ({@code opened}) or not yet shipping (then the handling cost
     * and the first rate are part of the increment), as segments (kg, cost per kg) from
     * {@code offset}; returns how many it wrote. Slopes are non-decreasing.
     */
    int segments(OrderProblem p, int n, boolean opened, long w, long deltaMax,
                 double[] len, double[] slope, int offset) {
        if (deltaMax <= 0) {
            return 0;
        }
        RateTable t = p.rates;
        int z = p.zone[n];
        double base = opened ? t.rate(z, w) : -p.handling[n];
        int m = 0;
        px[m] = 0;
        py[m++] = 0;
        for (int i = 0; i < t.breakCount(); i++) {
            long b = t.breakAt(i);
            if (b <= w) {
                continue;
            }
            long dx = b - w;
            if (dx >= deltaMax) {
                break;
            }
            px[m] = RateTable.toKg(dx);
            py[m++] = t.priceAt(z, i) - base;
        }
        px[m] = RateTable.toKg(deltaMax);
        py[m++] = t.rate(z, w + deltaMax) - base;

        int h = 0;
        for (int i = 0; i < m; i++) {
            while (h >= 2 && cross(hull[h - 2], hull[h - 1], i) <= 0) {
                h--;
            }
            hull[h++] = i;
        }
        int k = offset;
        for (int i = 1; i < h; i++) {
            double dx = px[hull[i]] - px[hull[i - 1]];
            if (dx <= 0) {
                continue;
            }
            len[k] = dx;
            slope[k] = (py[hull[i]] - py[hull[i - 1]]) / dx;
            k++;
        }
        return k - offset;
    }

    /** Sorts the first {@code count} segments (len, slope) by slope, cheapest first (insertion sort: a few dozen at most). */
    static void sortBySlope(double[] len, double[] slope, int count) {
        for (int i = 1; i < count; i++) {
            double sl = slope[i];
            double ln = len[i];
            int j = i - 1;
            while (j >= 0 && slope[j] > sl) {
                slope[j + 1] = slope[j];
                len[j + 1] = len[j];
                j--;
            }
            slope[j + 1] = sl;
            len[j + 1] = ln;
        }
    }

    private double cross(int a, int b, int c) {
        return (px[b] - px[a]) * (py[c] - py[a]) - (py[b] - py[a]) * (px[c] - px[a]);
    }
}
