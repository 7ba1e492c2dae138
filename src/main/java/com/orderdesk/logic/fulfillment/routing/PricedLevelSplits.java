package com.orderdesk.logic.fulfillment.routing;

import java.util.PriorityQueue;

/**
 * A lower bound of a priced order's optimum (a wave's term, {@link PricedOrderSearch}) above its
 * level relaxation, by splitting node levels best first without solving any leaf: each branch
 * holds every node to a range of levels ({@link LevelBound}: closed, a weight break, the tail),
 * the branch of least bound is split on its node of largest value whose range still has a
 * choice, at the level the relaxation gives it, and each half gets a few multiplier steps from
 * its parent's. The two halves cover the parent's range, so the least bound of the branches left
 * (each at least its parent's) bounds every plan. No exact placement is used: the node-set
 * solver's state table and bounds do not see a wave's prices.
 */
final class PricedLevelSplits {
    private static final int CHILD_STEPS = 12;

    private record Branch(int[] lo, int[] hi, double[] mult, double bound) {
    }

    private PricedLevelSplits() {
    }

    /**
     * At least {@code root} (the unsplit relaxation's value at {@code mult}); at most
     * {@code incumbent} is needed. Stops after {@code evaluations} relaxations.
     */
    static double bound(OrderProblem q, double[] mult, double root, double incumbent, int evaluations) {
        LevelBound lb = new LevelBound(q);
        int[] lo = new int[q.nodeCount];
        int[] hi = new int[q.nodeCount];
        java.util.Arrays.fill(lo, LevelBound.CLOSED);
        java.util.Arrays.fill(hi, lb.tail());
        PriorityQueue<Branch> queue = new PriorityQueue<>((a, b) -> Double.compare(a.bound, b.bound));
        queue.add(new Branch(lo, hi, mult.clone(), root));
        int spent = 0;
        while (!queue.isEmpty() && spent < evaluations) {
            Branch b = queue.peek();
            if (b.bound >= incumbent - ExactOrderSolver.EPS) {
                return incumbent;
            }
            lb.evaluate(b.mult, b.lo, b.hi);
            spent++;
            int split = -1;
            for (int n = 0; n < q.nodeCount; n++) {
                if (b.lo[n] < b.hi[n] && lb.counted[n] && (split < 0 || Math.abs(lb.phi[n]) > Math.abs(lb.phi[split]))) {
                    split = n;
                }
            }
            if (split < 0) {
                for (int n = 0; n < q.nodeCount && split < 0; n++) {
                    split = b.lo[n] < b.hi[n] ? n : -1;
                }
            }
            if (split < 0) {
                return Math.min(incumbent, b.bound); // every node fixed: this branch's bound is all there is
            }
            queue.poll();
            // halves [lo, at] and [at + 1, hi] of the node's range, at the level the relaxation gave it
            int at = lb.counted[split] ? lb.level[split] : LevelBound.CLOSED;
            at = Math.max(b.lo[split], Math.min(b.hi[split] - 1, at));
            for (int side = 0; side < 2; side++) {
                int[] l = b.lo.clone();
                int[] h = b.hi.clone();
                if (side == 0) {
                    h[split] = at;
                } else {
                    l[split] = at + 1;
                }
                double[] m = b.mult.clone();
                double v = ascend(q, lb, m, l, h, incumbent);
                spent += CHILD_STEPS;
                if (v < Double.POSITIVE_INFINITY) {
                    queue.add(new Branch(l, h, m, Math.max(v, b.bound)));
                }
            }
        }
        return queue.isEmpty() ? incumbent : Math.min(incumbent, queue.peek().bound);
    }

    /** Subgradient steps on the branch's multipliers; its best value (+infinity: the branch holds no plan). */
    private static double ascend(OrderProblem q, LevelBound lb, double[] mult, int[] lo, int[] hi, double upper) {
        double best = Double.NEGATIVE_INFINITY;
        double[] bestMult = mult.clone();
        double[] g = new double[q.lineCount];
        double step = 0.5;
        for (int it = 0; it < CHILD_STEPS; it++) {
            double v = lb.evaluate(mult, lo, hi);
            if (v == Double.POSITIVE_INFINITY) {
                return v;
            }
            if (v > best + 1e-9) {
                best = v;
                System.arraycopy(mult, 0, bestMult, 0, mult.length);
            } else {
                step /= 2;
            }
            if (v >= upper - ExactOrderSolver.EPS) {
                break;
            }
            if (!Subgradient.step(q, mult, g, n -> lb.counted[n], n -> lb.load[n], step, upper - v)) {
                break;
            }
        }
        System.arraycopy(bestMult, 0, mult, 0, mult.length);
        return best;
    }
}
