package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The rarely stocked lines' cover with whole nodes, the second part of a Lagrangian decomposition
 * of the levels' relaxation ({@link LevelBound}). A line stocked at few nodes ships from one of
 * them, or not at all (then every unit of it is backordered). So for every plan, with y_n = 1 when
 * node n ships and beta_l = 1 when rare line l ships nothing, (y, beta) is a cover: each rare line
 * has beta_l = 1 or some stockist with y_n = 1. Splitting each node's opening cost by any share
 * mu_n (the node-wise part pays handling - mu_n, this part mu_n per node it opens) and the
 * backorders' priced cost ((penalty - lambda_l) b_l >= (penalty - lambda_l) q_l beta_l, lambda_l <=
 * penalty), a plan costs at least
 * <pre>LevelBound(lambda, handling - mu) + min over covers (z, beta) of [mu z + sum_l (penalty - lambda_l) q_l beta_l]</pre>
 * since its own (y, beta) is one of the covers. The node-wise part alone reaches at most the
 * order's hull LP, whose nodes may be open by thirds around a fractional odd cycle of covers; this
 * part sees only whole covers, so the sum may pass it. The cover is solved exactly by depth-first
 * search; when that gives up, the least bound of the subtrees it left stands (still a lower bound).
 */
final class CoverBound {
    /**
     * Lines stocked at most at this many nodes are covered here (0: no cover part in the
     * branch-and-bound). Measured at the root of 80 x 50 orders (CoverProbe, 8,000 steps): the
     * bound 0.7-1.4 over the hull LP's limit with 6 or 10, against root gaps of 2.7-14.
     */
    static final int STOCKISTS = Integer.getInteger("level.coverStockists", 6);
    /**
     * Orders of at least this many lines get the cover part: at 40 lines it cost 1-2 ms of median
     * and proved no more (route-bench 12:19-12:42, load 11-22), at 80 lines it lowered the worst
     * certified gaps (80 x 50 1.77-1.83 -> 1.55 %).
     */
    static final int FROM_LINES = Integer.getInteger("level.coverLines", 60);
    /** Visits of one cover search in the branch-and-bound; past them the least bound of its subtrees left stands. */
    static final long VISITS = 2_000;
    /** At most this many rare lines (bits of a long), the fewest stocked first; fewer lines is a weaker, still valid bound. */
    private static final int MAX_LINES = 64;
    private final OrderProblem p;
    /** The rare lines (by fewest stockists), and per node the rare lines it stocks as a bit mask. */
    final int[] lines;
    private final long[] mask;
    /** Per rare line (by index in lines): its stockists. */
    private final int[][] stockists;
    /** Per node: its share of the opening cost carried here, at the current evaluation. */
    private double[] mu;
    /** The cover of the last evaluation: per node whether it is open there. */
    final boolean[] z;
    private final boolean[] trialZ;
    private final double[] backCost;
    private final int[] stamp;
    private int stampNow;
    private long visits;
    private long maxVisits;
    private double best;
    private double abandoned;
    private int[] lo;
    private int[] hi;
    private final int[] path;
    private int[] bestPath;
    private int bestDepth;

    CoverBound(OrderProblem p, int maxStockists) {
        this.p = p;
        int[] count = new int[p.lineCount];
        int rare = 0;
        for (int l = 0; l < p.lineCount; l++) {
            for (int n = 0; n < p.nodeCount; n++) {
                count[l] += p.avail[n][l] > 0 ? 1 : 0;
            }
            rare += count[l] >= 1 && count[l] <= maxStockists ? 1 : 0;
        }
        int[] chosen = new int[rare];
        rare = 0;
        for (int k = 1; k <= maxStockists; k++) {
            for (int l = 0; l < p.lineCount && rare < MAX_LINES; l++) {
                if (count[l] == k) {
                    chosen[rare++] = l;
                }
            }
        }
        lines = Arrays.copyOf(chosen, rare);
        mask = new long[p.nodeCount];
        stockists = new int[rare][];
        for (int i = 0; i < rare; i++) {
            int l = lines[i];
            stockists[i] = new int[count[l]];
            int k = 0;
            for (int n = 0; n < p.nodeCount; n++) {
                if (p.avail[n][l] > 0) {
                    stockists[i][k++] = n;
                    mask[n] |= 1L << i;
                }
            }
        }
        z = new boolean[p.nodeCount];
        trialZ = new boolean[p.nodeCount];
        backCost = new double[rare];
        stamp = new int[p.nodeCount];
        path = new int[rare + 1];
        bestPath = new int[rare + 1];
    }

    boolean active() {
        return lines.length > 0;
    }

    /** Whether node n stocks a rare line (only those get a share). */
    boolean covers(int n) {
        return mask[n] != 0;
    }

    /**
     * The least "mu z + sum (penalty - lambda_l) q_l beta_l" over the covers that keep node n open
     * when lo[n] is a level and closed when hi[n] is {@link LevelBound#CLOSED}; leaves the cover in z.
     * A lower bound of it when the search gives up after {@code budget} visits.
     */
    double evaluate(double[] lambda, double[] mu, int[] lo, int[] hi, long budget) {
        this.mu = mu;
        this.lo = lo;
        this.hi = hi;
        for (int i = 0; i < lines.length; i++) {
            int l = lines[i];
            backCost[i] = Math.max(0, p.backorderPenalty - lambda[l]) * p.qty[l];
        }
        double base = 0;
        long covered = 0;
        Arrays.fill(z, false);
        for (int n = 0; n < p.nodeCount; n++) {
            if (hi[n] == LevelBound.CLOSED) {
                continue; // a node stocking no rare line too: its z is free (open when forced or of negative share)
            }
            if (lo[n] != LevelBound.CLOSED || mu[n] <= 0) {
                // forced open, or free to open at no cost: open, it can only help
                z[n] = true;
                base += mu[n];
                covered |= mask[n];
            }
        }
        long all = lines.length == 64 ? -1L : (1L << lines.length) - 1;
        best = Double.POSITIVE_INFINITY;
        abandoned = Double.POSITIVE_INFINITY;
        visits = 0;
        maxVisits = budget;
        bestDepth = -1;
        search(covered, all, 0, 0);
        double value = Math.min(best, abandoned);
        for (int d = 0; d < bestDepth; d++) {
            if (bestPath[d] >= 0) {
                z[bestPath[d]] = true;
            }
        }
        return base + value;
    }

    /** Depth first: the first uncovered line's options (its free stockists of positive share, or its backorder). */
    private void search(long covered, long all, double cost, int depth) {
        if (covered == all) {
            if (cost < best) {
                best = cost;
                bestDepth = depth;
                System.arraycopy(path, 0, bestPath, 0, depth);
            }
            return;
        }
        double lb = cost + packing(covered, all);
        if (lb >= best) {
            return;
        }
        if (++visits > maxVisits) {
            abandoned = Math.min(abandoned, lb); // this subtree left: its bound stands for it
            return;
        }
        int i = Long.numberOfTrailingZeros(~covered & all);
        for (int n : stockists[i]) {
            if (hi[n] == LevelBound.CLOSED || lo[n] != LevelBound.CLOSED || mu[n] <= 0) {
                continue; // closed, or already open (then the line would be covered)
            }
            path[depth] = n;
            search(covered | mask[n], all, cost + mu[n], depth + 1);
        }
        path[depth] = -1;
        search(covered | 1L << i, all, cost + backCost[i], depth + 1);
    }

    /** A lower bound of covering the lines left: rare lines sharing no stockist, each at its cheapest option. */
    private double packing(long covered, long all) {
        stampNow++;
        double sum = 0;
        for (long left = ~covered & all; left != 0; left &= left - 1) {
            int i = Long.numberOfTrailingZeros(left);
            double least = backCost[i];
            boolean disjoint = true;
            for (int n : stockists[i]) {
                if (hi[n] == LevelBound.CLOSED || lo[n] != LevelBound.CLOSED || mu[n] <= 0) {
                    continue;
                }
                disjoint &= stamp[n] != stampNow;
                least = Math.min(least, mu[n]);
            }
            if (!disjoint) {
                continue;
            }
            for (int n : stockists[i]) {
                stamp[n] = stampNow;
            }
            sum += least;
        }
        return sum;
    }
}
