package com.orderdesk.logic.common;

/**
 * Optimal-string-alignment distance (typos: substitution, insertion, deletion, swap of neighbours), the one
 * measure of "a slip of the keyboard" the desk uses: cash matching's references and payer names, capture's
 * SKUs and description words, the command line's "Did you mean", and the capture bench's known answers.
 *
 * <p>Two algorithms on purpose: {@link #atMostOne} is a linear scan for the engines' hot loops, {@link
 * #distance} the textbook dynamic programme; {@code EditDistanceTest} checks one against the other. Apache
 * commons-text has Levenshtein and Jaro-Winkler but no swap of neighbours as one edit, which is the
 * commonest slip in a typed reference ("105423" for "104523").
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** One edit at most: a linear check (this runs for every invoice of a payer, per reference). */
    public static boolean atMostOne(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (n == m) {
            int i = 0;
            while (i < n && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (i >= n - 1) {
                return true; // equal, or differs in the last character only
            }
            if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
                return true; // one substitution
            }
            return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, n - i - 2); // neighbours swapped
        }
        if (Math.abs(n - m) != 1) {
            return false;
        }
        String longer = n > m ? a : b;
        String shorter = n > m ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    /** The distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    public static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], limit + 1);
    }
}
