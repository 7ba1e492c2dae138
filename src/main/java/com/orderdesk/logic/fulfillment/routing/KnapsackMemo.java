package com.orderdesk.logic.fulfillment.routing;

/**
 * The last whole-unit knapsack of each slot (a node and a weight break) of {@link UnitKnapsack}:
 * its inputs as they were (weights, values as bits, units, count, cap, visit limit) and what it
 * gave (the least value, or NaN when it gave up, and the units taken). The search is a function
 * of exactly those inputs, so a call whose inputs match all of them, to the bit, gets the same
 * value and load as searching again; nothing is given back on any other call.
 */
final class KnapsackMemo {
    private final long[][] weight;
    private final long[][] valueBits;
    private final int[][] avail;
    private final int[][] taken;
    private final int[] count;
    private final long[] cap;
    private final long[] maxVisits;
    private final double[] result;

    KnapsackMemo(int slots) {
        weight = new long[slots][];
        valueBits = new long[slots][];
        avail = new int[slots][];
        taken = new int[slots][];
        count = new int[slots];
        cap = new long[slots];
        maxVisits = new long[slots];
        result = new double[slots];
    }

    /** Whether slot s last searched exactly these inputs (items 0..n-1). */
    boolean holds(int s, long[] w, double[] c, int[] a, int n, long capacity, long visits) {
        if (weight[s] == null || count[s] != n || cap[s] != capacity || maxVisits[s] != visits) {
            return false;
        }
        long[] ws = weight[s];
        long[] cs = valueBits[s];
        int[] as = avail[s];
        for (int i = 0; i < n; i++) {
            if (ws[i] != w[i] || cs[i] != Double.doubleToRawLongBits(c[i]) || as[i] != a[i]) {
                return false;
            }
        }
        return true;
    }

    /** Slot s's value (NaN when its search gave up); its units taken copied into {@code take}. */
    double recall(int s, int[] take) {
        System.arraycopy(taken[s], 0, take, 0, count[s]);
        return result[s];
    }

    /** Keeps slot s's inputs and what its search gave. */
    void keep(int s, long[] w, double[] c, int[] a, int n, long capacity, long visits, double value, int[] take) {
        if (weight[s] == null || weight[s].length < n) {
            weight[s] = new long[n];
            valueBits[s] = new long[n];
            avail[s] = new int[n];
            taken[s] = new int[n];
        }
        System.arraycopy(w, 0, weight[s], 0, n);
        System.arraycopy(a, 0, avail[s], 0, n);
        System.arraycopy(take, 0, taken[s], 0, n);
        for (int i = 0; i < n; i++) {
            valueBits[s][i] = Double.doubleToRawLongBits(c[i]);
        }
        count[s] = n;
        cap[s] = capacity;
        maxVisits[s] = visits;
        result[s] = value;
    }
}
