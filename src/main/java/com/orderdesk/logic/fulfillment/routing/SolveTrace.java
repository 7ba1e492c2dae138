package com.orderdesk.logic.fulfillment.routing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where a large order's proof spends its time (measuring tools only): when one is installed on
 * the routing thread, {@link OrderOptimizer} marks the end of each stage with the thread's CPU
 * time and the incumbent's cost then. Not installed (the router's case), a mark is one
 * thread-local read.
 */
final class SolveTrace {
    static final int SEEDS = 0;
    static final int IMPROVE = 1;
    static final int MAIN_NODES = 2;
    static final int LAGRANGIAN = 3;
    static final int NODE_SETS = 4;
    static final int BRANCH_AND_BOUND = 5;
    static final int STAGES = 6;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<SolveTrace> CURRENT = new ThreadLocal<>();

    /** Per stage: CPU nanoseconds at its end since {@link #install}, and the incumbent's cost (-1: not reached). */
    final long[] endNanos = new long[STAGES];
    final double[] cost = new double[STAGES];
    private final long start;
    /** The branch-and-bound's tree: branches split (a retried leaf counts as one), branches bounded, and its root's bound (NaN: not reached). */
    int treeSplits;
    int treeBounded;
    double rootBound = Double.NaN;

    private SolveTrace() {
        java.util.Arrays.fill(endNanos, -1);
        java.util.Arrays.fill(cost, -1);
        start = THREADS.getCurrentThreadCpuTime();
    }

    /** Installs a fresh trace on this thread and returns it (remove it with {@link #remove}). */
    static SolveTrace install() {
        SolveTrace t = new SolveTrace();
        CURRENT.set(t);
        return t;
    }

    static void remove() {
        CURRENT.remove();
    }

    /** The branch-and-bound's tree size (see {@link #treeSplits}). */
    static void tree(int splits, int bounded, double rootBound) {
        SolveTrace t = CURRENT.get();
        if (t != null) {
            t.treeSplits = splits;
            t.treeBounded = bounded;
            t.rootBound = rootBound;
        }
    }

    static void mark(int stage, double incumbent) {
        SolveTrace t = CURRENT.get();
        if (t != null) {
            t.endNanos[stage] = THREADS.getCurrentThreadCpuTime() - t.start;
            t.cost[stage] = incumbent;
        }
    }
}
