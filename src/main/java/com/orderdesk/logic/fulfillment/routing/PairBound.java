package com.orderdesk.logic.fulfillment.routing;

/**
 * A lower bound on every plan of an order that ships from exactly one node a, or exactly the two
 * nodes a and b ({@link PairSearch}'s classes), in O(lines).
 *
 * <p>Each shipping node n pays its handling, and its rate is at least the line
 * {@code base(n) + perKg(n) x weight} for every weight above 0, where base(n) is the least of
 * {@code price(j) - perKg x break(j)} over the breaks (so the line passes under every step, and is
 * the rate itself in the tail above the last break). With that line each unit of line l costs
 * {@code pick(n) + perKg(n) x weight(l)} at n, so the least cost is each unit at the cheaper of
 * its two nodes while their stock lasts, or backordered when the penalty is cheaper or no stock
 * is left: the bound, and its plan a real plan. For orders over 30 kg per shipment that plan
 * usually costs exactly the bound (both nodes in the tail), which settles the class outright.
 * A second bound, each node at its first rate and every unit at the pair's cheaper pick, counts
 * when shipments are light; the larger of the two is returned.
 */
final class PairBound {
    private final OrderProblem p;
    private final double[] baseFixed;
    private final double[] firstFixed;
    private final double[][] unitCost;
    private int lastA = -1;
    private int lastB = -1;

    PairBound(OrderProblem p) {
        this.p = p;
        RateTable t = p.rates;
        int nodes = p.nodeCount;
        baseFixed = new double[nodes];
        firstFixed = new double[nodes];
        unitCost = new double[nodes][p.lineCount];
        for (int n = 0; n < nodes; n++) {
            int row = p.zone[n];
            double perKg = t.perKgAboveMax(row);
            double base = Double.POSITIVE_INFINITY;
            for (int j = 0; j < t.breakCount(); j++) {
                base = Math.min(base, t.priceAt(row, j) - perKg * RateTable.toKg(t.breakAt(j)));
            }
            baseFixed[n] = p.handling[n] + base;
            firstFixed[n] = p.handling[n] + t.priceAt(row, 0);
            for (int l = 0; l < p.lineCount; l++) {
                unitCost[n][l] = p.pick[n] + perKg * RateTable.toKg(p.weight[l])
                        + (p.unitExtra == null ? 0 : p.unitExtra[n][l]);
            }
        }
    }

    /**
     * The bound of the plans shipping from exactly {a} (a == b) or exactly {a, b}; {@code x} (an
     * assignment of p, zero outside the rows this method writes) receives the line bound's plan.
     */
    double bound(int a, int b, int[][] x) {
        if (lastA >= 0) {
            java.util.Arrays.fill(x[lastA], 0);
            java.util.Arrays.fill(x[lastB], 0);
        }
        lastA = a;
        lastB = b;
        boolean pair = a != b;
        double pen = p.backorderPenalty;
        double line = baseFixed[a] + (pair ? baseFixed[b] : 0);
        double flat = firstFixed[a] + (pair ? firstFixed[b] : 0);
        int[] avA = p.avail[a];
        int[] avB = p.avail[b];
        double[] ua = unitCost[a];
        double[] ub = unitCost[b];
        double pickA = p.pick[a];
        double pickB = p.pick[b];
        for (int l = 0; l < p.lineCount; l++) {
            int q = p.qty[l];
            // cheapest node of the two first (with a single node, b is a)
            int first = a;
            int second = b;
            double c1 = ua[l];
            double c2 = ub[l];
            if (pair && c2 < c1) {
                first = b;
                second = a;
                c1 = ub[l];
                c2 = ua[l];
            }
            int t1 = c1 < pen ? Math.min(q, p.avail[first][l]) : 0;
            int t2 = pair && c2 < pen ? Math.min(q - t1, p.avail[second][l]) : 0;
            x[first][l] = t1;
            if (pair) {
                x[second][l] = t2;
            }
            line += t1 * c1 + t2 * c2 + (q - t1 - t2) * pen;
            // the flat bound: every unit the pair has at its cheaper pick (all picks are below the penalty here or not)
            int have = Math.min(q, avA[l] + (pair ? avB[l] : 0));
            double pick = Math.min(pen, pair ? Math.min(avA[l] > 0 ? pickA : pen, avB[l] > 0 ? pickB : pen) : pickA);
            flat += have * pick + (q - have) * pen;
        }
        return Math.max(line, flat);
    }
}
