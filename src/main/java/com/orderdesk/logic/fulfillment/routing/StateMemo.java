package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The cheapest cost at which each search state (a non-negative long key) has been reached,
 * in a fixed-size open-addressing table: primitive arrays, because the assignment search asks
 * millions of times. When the table is full new states are simply not remembered (the search
 * stays exact, only less pruned). {@link #clear()} is O(1) by generation stamps.
 */
final class StateMemo {
    private final long[] keys;
    /** The depth each key was reached at (kept beside the key, so all 63 bits of a key can hold loads). */
    private final int[] tags;
    private final double[] costs;
    private final int[] stamp;
    private final int mask;
    private int generation = 1;
    private int size;

    StateMemo(int capacity) {
        int c = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        keys = new long[c];
        tags = new int[c];
        costs = new double[c];
        stamp = new int[c];
        mask = c - 1;
    }

    void clear() {
        generation++;
        size = 0;
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 1;
        }
    }

    /**
     * True when {@code key} was reached before at depth {@code tag} at a cost no higher than {@code cost} (within
     * 1e-9): then everything below it has been searched with a limit at least as high. Otherwise
     * records {@code cost} for the key and returns false.
     */
    boolean seenAsCheap(long key, int tag, double cost) {
        int i = (int) (mix(key ^ (tag * 0x9e3779b97f4a7c15L)) & mask);
        while (stamp[i] == generation) {
            if (keys[i] == key && tags[i] == tag) {
                if (costs[i] <= cost + 1e-9) {
                    return true;
                }
                costs[i] = cost;
                return false;
            }
            i = (i + 1) & mask;
        }
        if (size < (mask + 1) * 3 / 4) {
            stamp[i] = generation;
            keys[i] = key;
            tags[i] = tag;
            costs[i] = cost;
            size++;
        }
        return false;
    }

    private static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        return key;
    }
}
