package com.orderdesk.logic.kpi;

/**
 * Document ids to positions, for a million ids at a time: open addressing over flat arrays with
 * each id's hash kept beside it, so a lookup rarely reads a string and nothing is boxed. (A
 * HashMap of a million String to Integer was the slowest step of indexing a large book.)
 */
final class IdTable {
    private final String[] ids;
    private final int[] hashes;
    private final int[] positions;
    private final int mask;

    /** A table for up to {@code capacity} ids. */
    IdTable(int capacity) {
        int size = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) * 2; // load factor at most 1/2
        ids = new String[size];
        hashes = new int[size];
        positions = new int[size];
        mask = size - 1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Adds {@code id} at {@code position}; returns the position it already had, or -1 if it is new. */
    int putIfAbsent(String id, int position) {
        int hash = spread(id.hashCode());
        int slot = hash & mask;
        while (ids[slot] != null) {
            if (hashes[slot] == hash && ids[slot].equals(id)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        ids[slot] = id;
        hashes[slot] = hash;
        positions[slot] = position;
        return -1;
    }

    /** The position of {@code id}, or -1. */
    int get(String id) {
        int hash = spread(id.hashCode());
        int slot = hash & mask;
        while (ids[slot] != null) {
            if (hashes[slot] == hash && ids[slot].equals(id)) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }
}
