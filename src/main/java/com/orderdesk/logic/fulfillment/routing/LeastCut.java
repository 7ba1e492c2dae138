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
    /** Per depth: the nodes whose room differs from the base. */
    private final int[] apartFrom;
    private long free;
    private long any;
    private int fullPasses;

    LeastCut(int k, long[][] carryFrom) {
        this.k = k;
        this.carryFrom = carryFrom;
        int depths = carryFrom.length;
        cutRoom = new long[1 << k];
        baseRoom = new long[depths][k];
        apartFrom = new int[depths];
        baseTails = new int[depths];
        Arrays.fill(baseTails, -1);
        pivot = new int[depths];
        least = new long[depths][4];
    }

    /**
     * Least flow over all cuts of the lines from {@code depth}, the nodes' rooms (never negative) at
     * {@code rooms[off + n]}, tail nodes {@code tails}; {@code moved}: the nodes whose room differs from
     * the last call at this depth (the caller keeps that record, so no room is compared twice).
     */
    void solve(int depth, long[] rooms, int off, int tails, long need, int moved) {
        long[] base = baseRoom[depth];
        int apart = apartFrom[depth];
        for (int bits = moved; bits != 0; bits &= bits - 1) {
            int n = Integer.numberOfTrailingZeros(bits);
            apart = rooms[off + n] != base[n] ? apart | 1 << n : apart & ~(1 << n);
        }
        apartFrom[depth] = apart;
        long[] m = least[depth];
        int p = pivot[depth];
        if (baseTails[depth] == tails && (apart & ~(1 << p)) == 0) {
            long shift = rooms[off + p] - base[p];
            free = Math.min(m[0], m[1] == NONE ? NONE : m[1] + shift);
            any = Math.min(m[2], m[3] == NONE ? NONE : m[3] + shift);
            return;
        }
        // the pivot: the highest node that moved since the last call, else the highest apart from the base
        p = moved != 0 ? 31 - Integer.numberOfLeadingZeros(moved) : apart != 0 ? 31 - Integer.numberOfLeadingZeros(apart) : 0;
        fullPasses++;
        full(depth, rooms, off, tails, need, p, m);
        pivot[depth] = p;
        baseTails[depth] = tails;
        System.arraycopy(rooms, off, base, 0, k);
        apartFrom[depth] = 0;
        free = Math.min(m[0], m[1]);
        any = Math.min(m[2], m[3]);
    }

    /** The least flows over all cuts without node p, with it, and the same over the cuts without a tail node. */
    private void full(int depth, long[] rooms, int off, int tails, long need, int p, long[] m) {
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
            long room = cutRoom[cut & (cut - 1)] + rooms[off + low];
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
