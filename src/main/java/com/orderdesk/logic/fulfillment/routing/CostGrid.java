package com.orderdesk.logic.fulfillment.routing;

/**
 * The grid an order's plan costs lie on. Every term of a plan's cost (handling, picking per unit,
 * a weight break's price, the backorder penalty per unit) is on a card in cents, so when each is a
 * multiple of a quantum q every plan's cost is one too, and a plan cheaper than the incumbent
 * costs at least q less: a lower bound above "incumbent - q" proves the incumbent optimal. This
 * is what closes the large orders' branch-and-bound when its bound creeps up to the incumbent
 * from below without reaching it (measured on 40-line orders over 50 nodes: about a third of the
 * unproven orders ended with every branch within 0.01 of the incumbent, their leaves' exact
 * placement out of visits). The per-kg tail above the last break costs perKg x (weight - last
 * break), on a finer grid (weights in grams): a branch whose nodes may ship in the tail gets
 * that grid's quantum. Quantum 0 (no grid found, or a wave's priced problem): the usual epsilon.
 */
final class CostGrid {
    private static final double[] QUANTA = {0.01, 0.001, 1e-4, 1e-5, 1e-6};
    /** How far a bound must be above "incumbent - q": the float error of sums of a few hundred terms is far below it. */
    private static final double MARGIN = 1e-7;

    /** Quantum of plans whose nodes all ship at a weight break, and of every plan (tail included). */
    final double breaks;
    final double all;

    private CostGrid(double breaks, double all) {
        this.breaks = breaks;
        this.all = all;
    }

    static CostGrid of(OrderProblem p) {
        if (p.unitExtra != null) {
            return new CostGrid(0, 0);
        }
        RateTable t = p.rates;
        int last = t.breakCount() - 1;
        long g = t.breakAt(last);
        for (int l = 0; l < p.lineCount; l++) {
            g = gcd(g, p.weight[l]);
        }
        double gKg = RateTable.toKg(g);
        double breaks = 0;
        double all = 0;
        for (double q : QUANTA) {
            boolean on = on(p.backorderPenalty, q);
            for (int n = 0; n < p.nodeCount && on; n++) {
                on = on(p.handling[n], q) && on(p.pick[n], q);
                for (int j = 0; j <= last && on; j++) {
                    on = on(t.priceAt(p.zone[n], j), q);
                }
            }
            if (!on) {
                continue;
            }
            if (breaks == 0) {
                breaks = q;
            }
            boolean tail = true;
            for (int n = 0; n < p.nodeCount && tail; n++) {
                tail = on(t.perKgAboveMax(p.zone[n]) * gKg, q);
            }
            if (tail) {
                all = q;
                break;
            }
        }
        return new CostGrid(breaks, all);
    }

    /**
     * Whether a lower bound of every plan of the quantum's kind proves that none costs less than
     * {@code incumbent} (epsilon when the quantum is 0).
     */
    static boolean closes(double bound, double incumbent, double quantum) {
        return bound >= incumbent - Math.max(ExactOrderSolver.EPS, quantum - MARGIN);
    }

    /**
     * The limit to hand an exact search (which keeps plans costing under "limit - epsilon"): its
     * pruning then closes exactly where {@link #closes} does, and any plan it finds is cheaper than
     * {@code incumbent}. A cheaper plan on the grid costs at most "incumbent - q", under the limit.
     */
    static double searchLimit(double incumbent, double quantum) {
        return incumbent - Math.max(ExactOrderSolver.EPS, quantum - MARGIN) + ExactOrderSolver.EPS;
    }

    private static boolean on(double x, double q) {
        double k = x / q;
        return Math.abs(k - Math.rint(k)) < 1e-6;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return Math.abs(a);
    }
}
