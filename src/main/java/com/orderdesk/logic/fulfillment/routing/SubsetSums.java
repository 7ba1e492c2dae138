package com.orderdesk.logic.fulfillment.routing;

/**
 * Which load weights a node can make exactly from its stock of an order's lines, tabulated per
 * search depth (lines from that depth on) as bit sets over multiples of the weights' greatest
 * common divisor, up to the rate card's last break. The assignment search asks it how much of
 * the room under a weight break a node can really fill: units are whole, so a node 0.3 kg under
 * its cap with nothing lighter than 0.5 kg left has no usable room at all. That is what lets the
 * search prove quickly that a tight set of caps cannot hold the order.
 */
final class SubsetSums {
    /** Above this many cells per node the table costs more than it saves (weights too fine). */
    private static final int MAX_CELLS = 1 << 16;

    private final long unit;
    private final int cells;
    /** bits[n][depth]: bit i set when i x unit micro-kg is a sum of whole units of lines at depth >= depth. */
    private final long[][][] bits;

    private SubsetSums(long unit, int cells, long[][][] bits) {
        this.unit = unit;
        this.cells = cells;
        this.bits = bits;
    }

    /** The table for problem p with lines taken in the order {@code lineAt}, or null when weights are too fine. */
    static SubsetSums of(OrderProblem p, int[] lineAt, long maxWeight) {
        long g = 0;
        for (int l = 0; l < p.lineCount; l++) {
            g = gcd(g, p.weight[l]);
        }
        if (g <= 0 || maxWeight / g + 1 > MAX_CELLS) {
            return null;
        }
        int cells = (int) (maxWeight / g) + 1;
        int words = (cells + 63) >>> 6;
        int lines = p.lineCount;
        long[][][] bits = new long[p.nodeCount][lines + 1][];
        for (int n = 0; n < p.nodeCount; n++) {
            long[] set = new long[words];
            set[0] = 1;
            bits[n][lines] = set;
            for (int d = lines - 1; d >= 0; d--) {
                int l = lineAt[d];
                set = set.clone();
                int step = (int) Math.min(Integer.MAX_VALUE, p.weight[l] / g);
                int units = Math.min(p.avail[n][l], p.qty[l]);
                // bounded multiplicity by binary splitting: chunks 1, 2, 4, ... and the rest
                for (int chunk = 1; units > 0; chunk <<= 1) {
                    int c = Math.min(chunk, units);
                    units -= c;
                    long shift = (long) step * c;
                    if (shift < cells) {
                        orShifted(set, (int) shift, cells);
                    }
                }
                bits[n][d] = set;
            }
        }
        return new SubsetSums(g, cells, bits);
    }

    /** The weight step of the table (greatest common divisor of the line weights), micro-kg. */
    long unit() {
        return unit;
    }

    /** The largest weight at most {@code room} that node n can make from the lines at depth >= depth. */
    long largestAtMost(int n, int depth, long room) {
        long[] set = bits[n][depth];
        int top = (int) Math.min(cells - 1, room / unit);
        int word = top >>> 6;
        long mask = (top & 63) == 63 ? -1L : (1L << ((top & 63) + 1)) - 1;
        long w = set[word] & mask;
        while (w == 0) {
            if (--word < 0) {
                return 0;
            }
            w = set[word];
        }
        int bit = (word << 6) + 63 - Long.numberOfLeadingZeros(w);
        long made = bit * unit;
        return room >= (long) (cells - 1) * unit ? Math.max(made, Math.min(room, made)) : made;
    }

    private static void orShifted(long[] set, int shift, int cells) {
        int words = set.length;
        int ws = shift >>> 6;
        int bs = shift & 63;
        for (int i = words - 1; i >= ws; i--) {
            long v = set[i - ws] << bs;
            if (bs != 0 && i - ws - 1 >= 0) {
                v |= set[i - ws - 1] >>> (64 - bs);
            }
            set[i] |= v;
        }
        int extra = words * 64 - cells;
        if (extra > 0) {
            set[words - 1] &= -1L >>> extra;
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
