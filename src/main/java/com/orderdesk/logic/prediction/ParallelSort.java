package com.orderdesk.logic.prediction;

/** Sorts values with weights riding along, without boxing (the engine sorts small arrays by the million). */
final class ParallelSort {
    private ParallelSort() {
    }

    static void sort(double[] v, double[] w, int n) {
        quicksort(v, w, 0, n - 1);
    }

    static void sort(long[] v, double[] w, int n) {
        quicksort(v, w, 0, n - 1);
    }

    private static void quicksort(double[] v, double[] w, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(v[lo], v[mid], v[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(v, w, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                quicksort(v, w, lo, j);
                lo = i;
            } else {
                quicksort(v, w, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double x = v[i];
            double y = w[i];
            int j = i - 1;
            while (j >= lo && v[j] > x) {
                v[j + 1] = v[j];
                w[j + 1] = w[j];
                j--;
            }
            v[j + 1] = x;
            w[j + 1] = y;
        }
    }

    private static void quicksort(long[] v, double[] w, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            long pivot = Math.max(Math.min(v[lo], v[mid]), Math.min(Math.max(v[lo], v[mid]), v[hi]));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    double s = w[i];
                    w[i++] = w[j];
                    w[j--] = s;
                }
            }
            if (j - lo < hi - i) {
                quicksort(v, w, lo, j);
                lo = i;
            } else {
                quicksort(v, w, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long x = v[i];
            double y = w[i];
            int j = i - 1;
            while (j >= lo && v[j] > x) {
                v[j + 1] = v[j];
                w[j + 1] = w[j];
                j--;
            }
            v[j + 1] = x;
            w[j + 1] = y;
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] v, double[] w, int i, int j) {
        double t = v[i];
        v[i] = v[j];
        v[j] = t;
        t = w[i];
        w[i] = w[j];
        w[j] = t;
    }
}
