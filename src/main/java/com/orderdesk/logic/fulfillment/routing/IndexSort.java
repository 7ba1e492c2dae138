package com.orderdesk.logic.fulfillment.routing;

/** Sorting of index arrays by a key array, without boxing (the Lagrangian bounds sort lines and nodes thousands of times per order). */
final class IndexSort {
    private IndexSort() {
    }

    /**
     * Sorts the first {@code count} indexes of {@code order} by {@code ratio[index]}, lowest first, without boxing:
     * insertion sort for the few lines of most orders, quicksort (median of three) once orders
     * reach 40-100 lines, where insertion sort made the bound a third of the routing time.
     */
    static void byKey(int[] order, double[] ratio, int count) {
        quicksort(order, ratio, 0, count - 1);
    }

    private static void quicksort(int[] a, double[] key, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (key[a[mid]] < key[a[lo]]) {
                swap(a, lo, mid);
            }
            if (key[a[hi]] < key[a[lo]]) {
                swap(a, lo, hi);
            }
            if (key[a[hi]] < key[a[mid]]) {
                swap(a, mid, hi);
            }
            double pivot = key[a[mid]];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (key[a[i]] < pivot) {
                    i++;
                }
                while (key[a[j]] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            // recurse into the smaller side, loop on the larger: stack depth stays logarithmic
            if (j - lo < hi - i) {
                quicksort(a, key, lo, j);
                lo = i;
            } else {
                quicksort(a, key, i, hi);
                hi = j;
            }
        }
        for (int x = lo + 1; x <= hi; x++) {
            int v = a[x];
            double k = key[v];
            int y = x - 1;
            while (y >= lo && key[a[y]] > k) {
                a[y + 1] = a[y];
                y--;
            }
            a[y + 1] = v;
        }
    }

    /**
     * Sorts the first {@code count} indexes of {@code order} by {@code key[index]}, then by index (a
     * total order: the result does not depend on the order given), lowest first. Meant for an array
     * still sorted by keys that moved a little since: insertion sort, near-linear then; past
     * {@code 8 count} moves (keys that moved far) it sorts the rest by quicksort.
     */
    static void fromLastOrder(int[] order, double[] key, int count) {
        long budget = 8L * count + 16;
        for (int x = 1; x < count; x++) {
            int v = order[x];
            double k = key[v];
            int y = x - 1;
            while (y >= 0 && after(order[y], v, key, k)) {
                order[y + 1] = order[y];
                y--;
            }
            order[y + 1] = v;
            budget -= x - 1 - y;
            if (budget < 0) {
                totalQuicksort(order, key, 0, count - 1);
                return;
            }
        }
    }

    /** Sorts the first {@code count} indexes of {@code order} by {@code key[index]}, then by index, lowest first (quicksort). */
    static void byKeyThenIndex(int[] order, double[] key, int count) {
        totalQuicksort(order, key, 0, count - 1);
    }

    /** Whether index a (key key[a]) comes after index b of key kb: by key, then by index. */
    private static boolean after(int a, int b, double[] key, double kb) {
        double ka = key[a];
        return ka > kb || (ka == kb && a > b);
    }

    private static void totalQuicksort(int[] a, double[] key, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (after(a[lo], a[mid], key, key[a[mid]])) {
                swap(a, lo, mid);
            }
            if (after(a[lo], a[hi], key, key[a[hi]])) {
                swap(a, lo, hi);
            }
            if (after(a[mid], a[hi], key, key[a[hi]])) {
                swap(a, mid, hi);
            }
            int p = a[mid];
            double pk = key[p];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (after(p, a[i], key, key[a[i]])) {
                    i++;
                }
                while (after(a[j], p, key, pk)) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                totalQuicksort(a, key, lo, j);
                lo = i;
            } else {
                totalQuicksort(a, key, i, hi);
                hi = j;
            }
        }
        for (int x = lo + 1; x <= hi; x++) {
            int v = a[x];
            double k = key[v];
            int y = x - 1;
            while (y >= lo && after(a[y], v, key, k)) {
                a[y + 1] = a[y];
                y--;
            }
            a[y + 1] = v;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
