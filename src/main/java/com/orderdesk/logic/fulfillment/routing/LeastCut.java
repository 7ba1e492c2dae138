package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The max flow of {@link PlacementBound} (the weight of the lines from a depth on that the nodes'
 * rooms can take), by its min cut over node subsets: a cut C of nodes passes their rooms plus what
 * the nodes outside C can carry of the lines, {@code room(C) + carry(~C)}; the empty cut passes
 * the whole weight shippable ({@code need}). The least over all cuts, and over the cuts without a
 * tail node.
 *
 * <p>The search asks it at each step, and a step moves one node's load: from the last time at the
 * same depth, only that node's room differs. So each depth keeps the rooms of its last full pass
 * and, for one node p (the one that had just moved), the least over the cuts with p and over those
 * without it. While only p's room has moved since, the cuts with p all moved by the same amount and
 * the others not at all: two comparisons instead of 2^k cuts. The sums are whole numbers (weight
 * units), so the answer is the same to the unit as a full pass.
 */
final class LeastCut {
    private static final long NONE = Long.MAX_VALUE;

    private final int k;
    private final long[][] carryFrom;
    private final long[] cutRoom;
    /** Per depth: the rooms and tail mask of the last full pass (tails -1: none yet), its node p, and its four least flows. */
    private final long[][] baseRoom;
    private final int[] baseTails;
    private final int[] pivot;
    private final long[][] least;
    /** Per depth: the rooms of the last call (to tell which node moved). */
    private final long[][] lastRoom;
    private long free;
    private long any;
    private int fullPasses;

    LeastCut(int k, long[][] carryFrom) {
        this.k = k;
        this.carryFrom = carryFrom;
        int depths = carryFrom.length;
        cutRoom = new long[1 << k];
        baseRoom = new long[depths][k];
        lastRoom = new long[depths][k];
        baseTails = new int[depths];
        Arrays.fill(baseTails, -1);
        pivot = new int[depths];
        least = new long[depths][4];
    }

    /** Least flow over all cuts of the lines from {@code depth}, nodes' rooms {@code roomOf} (never negative), tail nodes {@code tails}. */
    void solve(int depth, long[] roomOf, int tails, long need) {
        long[] base = baseRoom[depth];
        long[] last = lastRoom[depth];
        int moved = -1;
        int apart = -1;
        int differ = 0;
        for (int n = 0; n < k; n++) {
            if (roomOf[n] != last[n]) {
                moved = n;
            }
            if (roomOf[n] != base[n]) {
                apart = n;
                differ++;
            }
        }
        System.arraycopy(roomOf, 0, last, 0, k);
        long[] m = least[depth];
        int p = pivot[depth];
        if (baseTails[depth] == tails && (differ == 0 || differ == 1 && apart == p)) {
            long shift = roomOf[p] - base[p];
            free = Math.min(m[0], m[1] == NONE ? NONE : m[1] + shift);
            any = Math.min(m[2], m[3] == NONE ? NONE : m[3] + shift);
            return;
        }
        p = moved >= 0 ? moved : Math.max(apart, 0);
        fullPasses++;
        full(depth, roomOf, tails, need, p, m);
        pivot[depth] = p;
        baseTails[depth] = tails;
        System.arraycopy(roomOf, 0, base, 0, k);
        free = Math.min(m[0], m[1]);
        any = Math.min(m[2], m[3]);
    }

    /** The least flows over all cuts without node p, with it, and the same over the cuts without a tail node. */
    private void full(int depth, long[] roomOf, int tails, long need, int p, long[] m) {
        long[] carry = carryFrom[depth];
        int all = (1 << k) - 1;
        int with = 1 << p;
        long freeOut = need;
        long freeIn = NONE;
        long anyOut = need;
        long anyIn = NONE;
        cutRoom[0] = 0;
        for (int cut = 1; cut <= all; cut++) {
            int low = Integer.numberOfTrailingZeros(cut);
            long room = cutRoom[cut & (cut - 1)] + roomOf[low];
            cutRoom[cut] = room;
            long flow = room + carry[all & ~cut];
            boolean noTail = (cut & tails) == 0;
            if ((cut & with) != 0) {
                freeIn = Math.min(freeIn, flow);
                anyIn = noTail ? Math.min(anyIn, flow) : anyIn;
            } else {
                freeOut = Math.min(freeOut, flow);
                anyOut = noTail ? Math.min(anyOut, flow) : anyOut;
            }
        }
        m[0] = freeOut;
        m[1] = freeIn;
        m[2] = anyOut;
        m[3] = anyIn;
    }

    /** The least flow over all cuts (of the last {@link #solve}). */
    long free() {
        return free;
    }

    /** The least flow over the cuts without a tail node (of the last {@link #solve}). */
    long any() {
        return any;
    }

    /** How many times {@link #solve} summed all cuts (the rest it read back). */
    int fullPasses() {
        return fullPasses;
    }
}
