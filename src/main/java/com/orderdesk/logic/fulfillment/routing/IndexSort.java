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

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
