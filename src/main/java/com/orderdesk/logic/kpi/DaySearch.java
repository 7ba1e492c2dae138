package com.orderdesk.logic.kpi;

import java.util.Arrays;

/** Sorting by day and finding day ranges in sorted day arrays (epoch days as ints). */
final class DaySearch {
    private DaySearch() {
    }

    /** Index of the first element {@code >= day} in an ascending array (its length if none). */
    static int firstAtOrAfter(int[] sortedDays, int length, int day) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedDays[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element {@code > day} in an ascending array (its length if none). */
    static int firstAfter(int[] sortedDays, int length, int day) {
        return day == Integer.MAX_VALUE ? length : firstAtOrAfter(sortedDays, length, day + 1);
    }

    /**
     * The positions of {@code days} in ascending day order, ties in input order. A counting sort
     * when the days span a few years (the usual ledger), else a sort of packed keys.
     */
    static int[] order(int[] days) {
        int n = days.length;
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int d : days) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        long span = (long) max - min + 1;
        if (span <= 4L * n + 4096) {
            int[] start = new int[(int) span + 1];
            for (int d : days) {
                start[d - min + 1]++;
            }
            for (int i = 1; i < start.length; i++) {
                start[i] += start[i - 1];
            }
            for (int i = 0; i < n; i++) {
                order[start[days[i] - min]++] = i;
            }
            return order;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) days[i] - min) << 32 | i; // the index in the low bits keeps ties in input order
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
