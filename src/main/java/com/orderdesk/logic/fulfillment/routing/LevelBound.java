package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;

/**
 * The order's Lagrangian relaxation (see {@link LagrangianBound}) with each node's shipment held
 * to a range of levels, for the branch-and-bound of {@link LagrangianBranchAndBound}. A node's
 * level is {@link #CLOSED} (it ships nothing), a weight break j (its load weighs more than break
 * j-1 and at most break j) or the tail (more than the last break, level {@code breakCount}).
 *
 * <p>At multipliers lambda, node n's value at level j is the least "handling + price_j + sum
 * (pick - lambda_l) x_l" over fractional loads x within its stock whose weight lies in level j's
 * interval: a fractional knapsack capped at the break, and, when the units of negative value weigh
 * less than the level's floor, filled up to it with the units that cost least per kg. Every real
 * load at level j is one of those, so the node's least value over its allowed levels, summed over
 * the nodes (0 for a node allowed to close, when that is less) plus sum lambda_l q_l, is a lower
 * bound of every plan within the ranges. Unrestricted, it is the order's convex-hull relaxation
 * (the value {@link LagrangianBound} converges to); restricted, it is what the branches raise.
 *
 * <p>A real load ships whole units, so the least level's value is raised to the whole-unit
 * knapsack under its break when the fractional one splits a unit ({@link UnitKnapsack}; the larger
 * of the two is kept, both bounding the level's real loads from below). That lifts the bound over
 * the convex hull of fractional loads: measured on 40-line orders over 50 nodes, root bounds
 * 0.2-1 % closer to the incumbent, and with {@link CostGrid} the share proven rose 67 -> 74-76 %.
 */
final class LevelBound {
    static final int CLOSED = -1;
    private final OrderProblem p;
    private final int breaks;
    /** Per node: the load at its least level, and that level, at the last evaluation. */
    final double[][] load;
    final int[] level;
    /** Per node: its least value over the allowed levels other than closed (+infinity when none is feasible). */
    final double[] phi;
    final boolean[] counted;
    /** Per node and level j + 1 (j = CLOSED .. tail): the node's value at level j (+infinity when infeasible). */
    final double[][] levelValue;
    private final int[] neg;
    private final int[] pos;
    private final int[] tailPos;
    private final double[] tailRatio;
    /** The tail's load of the node last valued (its stocked lines only). */
    private final double[] tailLoad;
    /** Whole units: per break, whether its fractional knapsack splits a unit, and the whole-unit load when that valued the level. */
    private final boolean[] split;
    private final boolean[] whole;
    private final double[][] wholeLoad;
    private final UnitKnapsack knapsack;
    private final double[] unitVal;
    /**
     * Per node: its stocked lines of some weight by value per kg at the last evaluation (null until
     * the first). The multipliers move little between subgradient steps, so the order sorts again
     * in near-linear time; sorting every node's lines anew was a third of the 80-line branch-and-bound.
     */
    private final int[][] byRatio;
    private final double[] ratio;
    private final boolean[] inTail;
    /** Per node: its stocked lines in line order (null until its first evaluation); most nodes stock few of a large order's lines. */
    private final int[][] stocked;

    LevelBound(OrderProblem p) {
        this.p = p;
        breaks = p.rates.breakCount();
        load = new double[p.nodeCount][p.lineCount];
        level = new int[p.nodeCount];
        phi = new double[p.nodeCount];
        counted = new boolean[p.nodeCount];
        levelValue = new double[p.nodeCount][breaks + 2];
        neg = new int[p.lineCount];
        pos = new int[p.lineCount];
        tailPos = new int[p.lineCount];
        tailRatio = new double[p.lineCount];
        tailLoad = new double[p.lineCount];
        split = new boolean[breaks];
        whole = new boolean[breaks];
        wholeLoad = new double[breaks][p.lineCount];
        knapsack = new UnitKnapsack(p.lineCount);
        unitVal = new double[p.lineCount];
        byRatio = new int[p.nodeCount][];
        ratio = new double[p.lineCount];
        inTail = new boolean[p.lineCount];
        stocked = new int[p.nodeCount][];
    }

    private int[] stocked(int n) {
        int[] lines = stocked[n];
        if (lines == null) {
            int count = 0;
            for (int l = 0; l < p.lineCount; l++) {
                count += p.avail[n][l] != 0 ? 1 : 0;
            }
            lines = new int[count];
            count = 0;
            for (int l = 0; l < p.lineCount; l++) {
                if (p.avail[n][l] != 0) {
                    lines[count++] = l;
                }
            }
            stocked[n] = lines;
        }
        return lines;
    }

    /** Node n's stocked lines of some weight, in line order (sorted by the first evaluation). */
    private int[] stockedLines(int n) {
        int count = 0;
        for (int l = 0; l < p.lineCount; l++) {
            if (p.avail[n][l] != 0 && p.weight[l] > 0) {
                count++;
            }
        }
        int[] lines = new int[count];
        count = 0;
        for (int l = 0; l < p.lineCount; l++) {
            if (p.avail[n][l] != 0 && p.weight[l] > 0) {
                lines[count++] = l;
            }
        }
        return lines;
    }

    /** Tests only: each whole-unit knapsack's visits, or {@link UnitKnapsack#BY_NODES} (the default: by the rule). */
    void knapsackVisits(long visits) {
        knapsack.raiseVisits = visits;
    }

    int tail() {
        return breaks;
    }

    /**
     * The bound at {@code lambda} for the plans whose node n ships at a level in [lo[n], hi[n]]
     * (hi[n] = CLOSED: the node is out); +infinity when no such plan exists (more nodes forced
     * open than the order may ship from). Leaves phi, level, load and counted for the subgradient.
     */
    double evaluate(double[] lambda, int[] lo, int[] hi) {
        double v = 0;
        for (int l = 0; l < p.lineCount; l++) {
            v += lambda[l] * p.qty[l];
        }
        int open = 0;
        int negative = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            counted[n] = false;
            if (hi[n] == CLOSED) {
                continue;
            }
            phi[n] = nodeValue(n, lambda, lo[n], hi[n]);
            if (phi[n] == Double.POSITIVE_INFINITY && lo[n] != CLOSED) {
                return Double.POSITIVE_INFINITY;
            }
            if (lo[n] != CLOSED) {
                counted[n] = true;
                open++;
            } else if (phi[n] < 0) {
                counted[n] = true;
                negative++;
            }
        }
        if (open > p.maxShipments) {
            return Double.POSITIVE_INFINITY;
        }
        if (open + negative > p.maxShipments) {
            keepMostNegative(lo, p.maxShipments - open);
        }
        for (int n = 0; n < p.nodeCount; n++) {
            if (counted[n]) {
                v += phi[n];
            }
        }
        return v;
    }

    /** Under a shipment cap: of the free nodes of negative value, only the {@code k} most negative count. */
    private void keepMostNegative(int[] lo, int k) {
        int[] free = new int[p.nodeCount];
        int count = 0;
        for (int n = 0; n < p.nodeCount; n++) {
            if (counted[n] && lo[n] == CLOSED) {
                free[count++] = n;
            }
        }
        IndexSort.byKey(free, phi, count);
        for (int i = k; i < count; i++) {
            counted[free[i]] = false;
        }
    }

    private double unitValue(int n, int l, double[] lambda) {
        return p.pick[n] + (p.unitExtra == null ? 0 : p.unitExtra[n][l]) - lambda[l];
    }

    /** Node n's least value over its levels lo..hi (closed excluded); fills levelValue, level and load. */
    private double nodeValue(int n, double[] lambda, int lo, int hi) {
        RateTable t = p.rates;
        int z = p.zone[n];
        double[] values = levelValue[n];
        Arrays.fill(values, Double.POSITIVE_INFINITY);
        values[0] = lo == CLOSED ? 0 : Double.POSITIVE_INFINITY;
        int negCount = 0;
        int posCount = 0;
        // lines of no weight and negative value first (value per kg -infinity), in line order
        for (int l : stocked(n)) {
            double c = unitValue(n, l, lambda);
            unitVal[l] = c;
            if (p.weight[l] > 0) {
                ratio[l] = c / RateTable.toKg(p.weight[l]);
            } else if (c < 0) {
                neg[negCount++] = l;
            }
        }
        int[] sorted = byRatio[n];
        if (sorted == null) {
            sorted = byRatio[n] = stockedLines(n);
            IndexSort.byKeyThenIndex(sorted, ratio, sorted.length); // no last order: insertion sort would only fall back
        } else {
            IndexSort.fromLastOrder(sorted, ratio, sorted.length);
        }
        // negative values lowest per kg first, then the others cheapest per kg first (as two sorts gave)
        for (int l : sorted) {
            if (unitVal[l] < 0) {
                neg[negCount++] = l;
            } else {
                pos[posCount++] = l;
            }
        }
        int from = Math.max(lo, 0);
        int to = Math.min(hi, breaks - 1);
        double best = Double.POSITIVE_INFINITY;
        int bestLevel = CLOSED;
        // one pass: the knapsack of a larger break extends that of a smaller one
        int i = 0;
        double usedKg = 0;
        double value = 0;
        for (int j = 0; j <= to; j++) {
            double cap = RateTable.toKg(t.breakAt(j));
            while (i < negCount) {
                int l = neg[i];
                double all = RateTable.toKg(p.weight[l]) * p.avail[n][l];
                if (usedKg + all > cap) {
                    break;
                }
                usedKg += all;
                value += unitValue(n, neg[i], lambda) * p.avail[n][l];
                i++;
            }
            if (j < from) {
                continue;
            }
            double v = value;
            split[j] = i < negCount;
            whole[j] = false;
            if (i < negCount) {
                int l = neg[i];
                v += unitValue(n, l, lambda) * (cap - usedKg) / RateTable.toKg(p.weight[l]);
            } else {
                double floor = j == 0 ? 0 : RateTable.toKg(t.breakAt(j - 1));
                v += fillUp(n, lambda, floor - usedKg, 0, pos, posCount, null);
            }
            v += p.handling[n] + t.priceAt(z, j);
            values[j + 1] = v;
            if (v < best) {
                best = v;
                bestLevel = j;
            }
        }
        if (hi >= breaks) {
            // its load kept (tailLoad): when the tail is the least level, fillLoad copies it back rather than
            // valuing the tail again; tailValue writes only the node's stocked lines
            for (int l : stocked(n)) {
                tailLoad[l] = 0;
            }
            double v = p.handling[n] + tailValue(n, lambda, tailLoad);
            values[breaks + 1] = v;
            if (v < best) {
                best = v;
                bestLevel = breaks;
            }
        }
        if (bestLevel != CLOSED && bestLevel < breaks && split[bestLevel]) {
            // whole units (see UnitKnapsack); a node free to close counts only under 0
            bestLevel = knapsack.raiseLeast(p, n, neg, negCount, unitVal, p.handling[n], values, 1, from, breaks,
                    lo == CLOSED ? 0 : Double.POSITIVE_INFINITY, split, whole, wholeLoad);
            best = values[bestLevel + 1];
        }
        level[n] = bestLevel;
        if (bestLevel != CLOSED) {
            if (bestLevel < breaks && whole[bestLevel]) {
                System.arraycopy(wholeLoad[bestLevel], 0, load[n], 0, p.lineCount);
            } else {
                fillLoad(n, lambda, bestLevel, negCount, posCount);
            }
        }
        return best;
    }

    /**
     * The cheapest fractional fill of {@code kg} more kilograms from the units of non-negative
     * value (cheapest per kg first, each counted at {@code perKg} more per kg): 0 when kg <= 0,
     * +infinity when they weigh too little. Adds the units to {@code x} when not null.
     */
    private double fillUp(int n, double[] lambda, double kg, double perKg, int[] order, int count, double[] x) {
        double value = 0;
        for (int i = 0; i < count && kg > 1e-12; i++) {
            int l = order[i];
            double w = RateTable.toKg(p.weight[l]);
            double units = Math.min(p.avail[n][l], kg / w);
            value += units * (unitValue(n, l, lambda) + perKg * w);
            kg -= units * w;
            if (x != null) {
                x[l] += units;
            }
        }
        return kg > 1e-9 ? Double.POSITIVE_INFINITY : value;
    }

    /**
     * The tail: price(last) + perKg (w - last) for a weight w above the last break. Units worth
     * more than their weight's rate all ship; when they weigh less than the last break, the
     * cheapest further weight (value plus the rate per kg) fills up to it. Fills x when not null.
     */
    private double tailValue(int n, double[] lambda, double[] x) {
        RateTable t = p.rates;
        int z = p.zone[n];
        int last = breaks - 1;
        double pi = t.perKgAboveMax(z);
        double lastKg = RateTable.toKg(t.breakAt(last));
        double value = t.priceAt(z, last) - pi * lastKg;
        double kgIn = 0;
        for (int l : stocked(n)) {
            double kg = RateTable.toKg(p.weight[l]);
            double c = unitValue(n, l, lambda) + pi * kg;
            inTail[l] = false;
            if (c < 0) {
                value += c * p.avail[n][l];
                kgIn += kg * p.avail[n][l];
                if (x != null) {
                    x[l] = p.avail[n][l];
                }
            } else if (kg > 0) {
                tailRatio[l] = c / kg;
                inTail[l] = true;
            }
        }
        // the others in the order by value per kg: the tail's ratio is that plus the rate, so nearly sorted
        int rest = 0;
        for (int l : byRatio[n]) {
            if (inTail[l]) {
                tailPos[rest++] = l;
            }
        }
        IndexSort.fromLastOrder(tailPos, tailRatio, rest);
        return value + fillUp(n, lambda, lastKg - kgIn, pi, tailPos, rest, x);
    }

    private void fillLoad(int n, double[] lambda, int j, int negCount, int posCount) {
        double[] x = load[n];
        Arrays.fill(x, 0);
        if (j == breaks) {
            for (int l : stocked(n)) {
                x[l] = tailLoad[l];
            }
            return;
        }
        double left = RateTable.toKg(p.rates.breakAt(j));
        double used = 0;
        for (int i = 0; i < negCount && left > 1e-12; i++) {
            int l = neg[i];
            double kg = RateTable.toKg(p.weight[l]);
            double units = kg > 0 ? Math.min(p.avail[n][l], left / kg) : p.avail[n][l];
            x[l] = units;
            left -= units * kg;
            used += units * kg;
        }
        double floor = j == 0 ? 0 : RateTable.toKg(p.rates.breakAt(j - 1));
        if (used < floor) {
            fillUp(n, lambda, floor - used, 0, pos, posCount, x);
        }
    }
}
