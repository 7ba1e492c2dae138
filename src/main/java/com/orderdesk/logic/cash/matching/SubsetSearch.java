package com.orderdesk.logic.cash.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bounded search for combinations of open invoices whose amounts (each in full, or net of its
 * early-payment discount when that is available) add up exactly to a payment.
 *
 * <p>Sizes are tried from one invoice upward and the search stops at the smallest size that has a
 * solution: fewer invoices is the simpler explanation. Within a size, candidates are visited
 * oldest first, so the first solution found is the one that settles the oldest invoices. It looks
 * for a second solution of the same size to know whether the answer is ambiguous, and reports
 * whether it was complete (a search cut by its budget proves nothing) and how many combinations
 * could have matched by coincidence.
 */
final class SubsetSearch {
    /** One invoice in a solution: candidate position and whether its discounted value was used. */
    record Pick(int candidate, boolean discounted) {
    }

    /**
     * @param best                  the oldest-first solution, or empty
     * @param solutionsAtSize       1 = unique, 2 = at least two answers of the same size
     * @param complete              the search at that size (and all smaller ones) ran to the end
     * @param expectedCoincidences  how many combinations of at most this size would hit the amount
     *                              by chance (a density estimate; small means a hit is telling)
     * @param largerAlsoFits        a combination of one invoice more also adds up (looked at for
     *                              solutions of one or two invoices): the smaller answer is then
     *                              not the only plausible one
     */
    record Result(List<Pick> best, int solutionsAtSize, boolean complete, double expectedCoincidences,
                  boolean largerAlsoFits) {
        boolean found() {
            return !best.isEmpty();
        }
    }

    private final long[] full;
    private final long[] discounted;
    private final int maxSize;
    private final long nodeBudget;
    /** Expected chance hits above which searching further sizes is pointless. */
    private final double giveUpAbove;
    /** Above this many values, three-invoice combinations are not tried (n squared lookups). */
    private static final int MAX_ITEMS_FOR_TRIPLES = 700;
    private long[] suffixMax;
    private long nodes;
    private final int[] stackPos;
    private final boolean[] stackDisc;
    private List<Pick> first;
    private int solutions;
    /** The combination size being searched. */
    private int currentSize;

    /**
     * @param full       each candidate's open amount in cents, oldest first
     * @param discounted each candidate's amount net of discount, or -1 when no discount applies
     */
    SubsetSearch(long[] full, long[] discounted, int maxSize, long nodeBudget, double giveUpAbove) {
        this.giveUpAbove = giveUpAbove;
        this.full = full;
        this.discounted = discounted;
        this.maxSize = maxSize;
        this.nodeBudget = nodeBudget;
        stackPos = new int[maxSize];
        stackDisc = new boolean[maxSize];
    }

    Result find(long target) {
        int n = full.length;
        suffixMax = new long[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            suffixMax[i] = Math.max(suffixMax[i + 1], full[i]);
        }
        buildItems();
        double density = 0;
        for (int size = 1; size <= Math.min(maxSize, n); size++) {
            density += size <= 2 ? localDensity(size, target) : coincidenceDensity(size);
            if (density > giveUpAbove) {
                // So many combinations could hit the amount by chance that a hit would say nothing.
                return new Result(List.of(), 0, false, density, false);
            }
            currentSize = size;
            first = null;
            solutions = 0;
            boolean complete = size <= 3 ? byLookup(size, target) : dfs(0, size, 0, target);
            if (first != null) {
                List<Pick> found = first;
                int count = Math.min(solutions, 2);
                return new Result(found, count, complete, density, size < n && largerAlsoFits(size, target));
            }
            if (!complete) {
                return new Result(List.of(), 0, false, density, false);
            }
        }
        return new Result(List.of(), 0, true, density, false);
    }

    /** Every value a candidate can be paid with: full, and net of discount where available. */
    private long[] itemValue;
    private int[] itemCandidate;
    /** Items sorted by value: value shifted left by {@link #INDEX_BITS}, plus the item index. */
    private long[] keys;
    private static final int INDEX_BITS = 21;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private void buildItems() {
        int n = full.length;
        long[] v = new long[2 * n];
        int[] c = new int[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            v[m] = full[i];
            c[m++] = i;
            if (discounted[i] > 0) {
                v[m] = discounted[i];
                c[m++] = i;
            }
        }
        itemValue = Arrays.copyOf(v, m);
        itemCandidate = Arrays.copyOf(c, m);
        keys = new long[m];
        for (int k = 0; k < m; k++) {
            keys[k] = (itemValue[k] << INDEX_BITS) | k;
        }
        Arrays.sort(keys);
    }

    /**
     * Sizes 1 to 3 by looking the last value up (binary search) instead of trying it: n log n for
     * one and two invoices, n squared log n for three (skipped, as incomplete, for very large
     * customers).
     */
    private boolean byLookup(int size, long target) {
        int m = itemValue.length;
        if (size == 3 && m > MAX_ITEMS_FOR_TRIPLES) {
            return false;
        }
        if (size == 1) {
            lookupLast(-1, target, 0);
            return true;
        }
        for (int a = 0; a < m && solutions < 2; a++) {
            long needA = target - itemValue[a];
            if (needA <= 0) {
                continue;
            }
            setPick(0, a);
            if (size == 2) {
                lookupLast(itemCandidate[a], needA, 1);
                continue;
            }
            for (int b = a + 1; b < m && solutions < 2; b++) {
                long needB = needA - itemValue[b];
                if (needB <= 0 || itemCandidate[b] == itemCandidate[a]) {
                    continue;
                }
                setPick(1, b);
                lookupLast(itemCandidate[b], needB, 2);
            }
        }
        return true;
    }

    /**
     * Whether an answer of one invoice more also fits: for a pair, any triple that adds up (a
     * customer paying three invoices at once must not see two of them posted and one forgotten).
     * Singles are not checked against pairs here: with many open invoices some pair adds up to
     * almost any amount, and the single-invoice chance estimate already bounds that risk (the
     * matcher asks {@link #pairFits} only where other evidence casts doubt on the single invoice).
     */
    private boolean largerAlsoFits(int size, long target) {
        return size == 2 && fitsWithSize(3, target);
    }

    /** Whether any pair of candidates adds up to the target, however likely by chance. */
    boolean pairFits(long target) {
        return full.length > 2 && fitsWithSize(2, target);
    }

    /**
     * True when some combination of {@code size} invoices adds up to the target: a customer who
     * pays two invoices with one payment also has single invoices, and the amount of two of them
     * may equal a third by chance.
     */
    private boolean fitsWithSize(int size, long target) {
        currentSize = size;
        first = null;
        solutions = 0;
        boolean complete = byLookup(size, target);
        return solutions > 0 || !complete;
    }

    /** Records every item of value {@code need} whose candidate comes after {@code after}. */
    private void lookupLast(int after, long need, int depth) {
        int i = Arrays.binarySearch(keys, need << INDEX_BITS);
        for (i = i < 0 ? -i - 1 : i; i < keys.length && (keys[i] >>> INDEX_BITS) == need && solutions < 2; i++) {
            int k = (int) (keys[i] & INDEX_MASK);
            if (itemCandidate[k] > after) {
                setPick(depth, k);
                record();
            }
        }
    }

    private void setPick(int depth, int item) {
        stackPos[depth] = itemCandidate[item];
        stackDisc[depth] = itemValue[item] != full[itemCandidate[item]];
    }

    /** Returns false when the budget ran out before the search at this size finished. */
    private boolean dfs(int from, int slots, int depth, long need) {
        if (slots == 0) {
            if (need == 0) {
                record();
            }
            return true;
        }
        for (int i = from; i < full.length; i++) {
            if (solutions >= 2) {
                return true;
            }
            if (++nodes > nodeBudget) {
                return false;
            }
            if (suffixMax[i] * slots < need) {
                return true; // the remaining candidates cannot reach the amount
            }
            for (int variant = 0; variant < 2; variant++) {
                long v = variant == 0 ? full[i] : discounted[i];
                if (v <= 0 || v > need || (slots == 1 && v != need)) {
                    continue;
                }
                stackPos[depth] = i;
                stackDisc[depth] = variant == 1;
                if (!dfs(i + 1, slots - 1, depth + 1, need - v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void record() {
        solutions++;
        if (first == null) {
            List<Pick> picks = new ArrayList<>(currentSize);
            for (int d = 0; d < currentSize; d++) {
                picks.add(new Pick(stackPos[d], stackDisc[d]));
            }
            first = List.copyOf(picks);
        }
    }

    /**
     * Expected number of size-k combinations summing to one given cent amount by chance: their
     * count spread over the range their sums cover (about 2k times the mean amount).
     */
    private double coincidenceDensity(int k) {
        int n = full.length;
        double mean = 0;
        double variants = 0;
        for (int i = 0; i < n; i++) {
            mean += full[i];
            variants += discounted[i] > 0 ? 2 : 1;
        }
        mean /= Math.max(1, n);
        double perItem = variants / Math.max(1, n);
        double combos = binomial(n, k) * Math.pow(perItem, k);
        return combos / Math.max(1.0, 2.0 * k * mean);
    }

    /**
     * Expected chance hits among single invoices or pairs, measured where it matters: how many
     * singles (pairs) fall within 10% of the amount, per cent of that window. Invoice amounts are
     * far from uniform (many small ones), so this is much sharper than the spread estimate.
     */
    private double localDensity(int k, long target) {
        long[] values = values();
        long w = Math.max(100, target / 10);
        long count = k == 1 ? countAtMost(values, target + w) - countAtMost(values, target - w - 1)
                : pairsAtMost(values, target + w) - pairsAtMost(values, target - w - 1);
        return (double) count / (2 * w + 1);
    }

    private long[] sortedValues;

    /** Every candidate value (full, and discounted where available), sorted. */
    private long[] values() {
        if (sortedValues == null) {
            sortedValues = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                sortedValues[i] = keys[i] >>> INDEX_BITS;
            }
        }
        return sortedValues;
    }

    private static long countAtMost(long[] sorted, long x) {
        int i = Arrays.binarySearch(sorted, x);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < sorted.length && sorted[i + 1] == x) {
            i++;
        }
        return i + 1;
    }

    /** Pairs (i < j) with sorted[i] + sorted[j] <= x, by two pointers. */
    private static long pairsAtMost(long[] sorted, long x) {
        long count = 0;
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            if (sorted[lo] + sorted[hi] <= x) {
                count += hi - lo;
                lo++;
            } else {
                hi--;
            }
        }
        return count;
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
