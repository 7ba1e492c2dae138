package com.orderdesk.logic.fulfillment.routing;

/**
 * Plans for large orders over many nodes, searched over which nodes ship rather than line by line.
 * At 80 lines over 200 nodes the plans a 3 s run finds often ship most of the order from one node
 * the first local search never opens (80 x 200 #62: node 3, 21st by its cost alone, ships 56 of
 * 56 lines at 366.17 against 370.75 at 250 ms; #172 331.20 against 334.61), the rest from nodes
 * filled up to a weight break. So: a plan around each node as the main one (it ships all it stocks,
 * a greedy cover adds the rest), the cheapest descended over their own nodes, then a swap search
 * (drop a node, add one, or swap one for one, each node set priced by a descent over that set
 * alone, {@link PlanImprover#descent} on the order restricted to it) from the best few. Plans only:
 * nothing here bounds.
 */
final class NodeSwapSearch {
    private static final double EPS = 1e-9;

    private NodeSwapSearch() {
    }

    /** From {@code start}: drop one node, add one of {@code candidates}, or swap one for one, while a move pays (first improvement). */
    static SolveResult improve(OrderProblem p, int[][] start, int[] candidates, int maxEvals) {
        return search(p, start, candidates, maxEvals, new int[1]);
    }

    /** As {@link #improve}, counting the evaluations made in {@code used[0]}. */
    private static SolveResult search(OrderProblem p, int[][] start, int[] candidates, int maxEvals, int[] used) {
        int[][] cur = start;
        double curCost = p.cost(start);
        int evals = 0;
        boolean improved = true;
        while (improved && evals < maxEvals) {
            improved = false;
            int[] open = openNodes(p, cur);
            boolean[] isOpen = new boolean[p.nodeCount];
            for (int n : open) {
                isOpen[n] = true;
            }
            scan:
            for (int b = -1; b < candidates.length; b++) {
                int add = b < 0 ? -1 : candidates[b];
                if (add >= 0 && isOpen[add]) {
                    continue;
                }
                for (int a = -1; a < open.length; a++) {
                    int drop = a < 0 ? -1 : open[a];
                    if (drop < 0 && add < 0) {
                        continue;
                    }
                    if (evals >= maxEvals || OrderDeadline.certifyPassed()) {
                        break scan;
                    }
                    evals++;
                    SolveResult r = evaluate(p, cur, open, drop, add);
                    if (r != null && r.cost() < curCost - EPS) {
                        cur = r.x();
                        curCost = r.cost();
                        improved = true;
                        break scan;
                    }
                }
            }
        }
        used[0] += evals;
        return new SolveResult(cur, curCost, false);
    }

    /**
     * The best of the plans around each node ({@link #greedyAround}): the {@code descents} cheapest
     * of them descended, and the {@code starts} cheapest of those improved by the swap search over
     * the {@code candidates} best main nodes, within {@code evals} evaluations in all.
     */
    static SolveResult fromMainNodes(OrderProblem p, int descents, int starts, int candidates, int evals) {
        int[][] stocked = PlanSeeds.stockedLines(p);
        int[][][] plans = new int[p.nodeCount][][];
        double[] cost = new double[p.nodeCount];
        Integer[] order = new Integer[p.nodeCount];
        int[] covers = new int[p.nodeCount];
        int most = 0;
        for (int m = 0; m < p.nodeCount; m++) {
            for (int l : stocked[m]) {
                covers[m] += Math.min(p.avail[m][l], p.qty[l]);
            }
            most = Math.max(most, covers[m]);
        }
        for (int m = 0; m < p.nodeCount; m++) {
            order[m] = m;
            // a main node covers much of the order: at 80 x 200 the heaviest node of the best plan found
            // stocked at least 0.64 of what the best-stocked node did (80 orders), and 84 % of nodes stock under half
            if (2 * covers[m] < most) {
                cost[m] = Double.POSITIVE_INFINITY;
                continue;
            }
            plans[m] = greedyAround(p, m, stocked);
            cost[m] = p.cost(plans[m]);
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(m -> cost[m]));
        int top = 0;
        while (top < Math.min(descents, p.nodeCount) && plans[order[top]] != null) {
            top++;
        }
        SolveResult[] descended = new SolveResult[top];
        for (int i = 0; i < top; i++) {
            descended[i] = descend(p, plans[order[i]]);
            cost[order[i]] = descended[i].cost();
        }
        Integer[] byDescent = java.util.Arrays.copyOf(order, top);
        java.util.Arrays.sort(byDescent, java.util.Comparator.comparingDouble(m -> cost[m]));
        int[] cand = new int[Math.min(candidates, top)];
        for (int i = 0; i < cand.length; i++) {
            cand[i] = byDescent[i];
        }
        SolveResult best = null;
        for (SolveResult d : descended) {
            if (best == null || d.cost() < best.cost()) {
                best = d;
            }
        }
        int left = evals;
        for (int i = 0; i < Math.min(starts, top) && left > 0; i++) {
            int[] used = new int[1];
            SolveResult r = search(p, greedyOrDescended(byDescent[i], order, descended), cand, left / (starts - i), used);
            left -= used[0];
            if (r.cost() < best.cost() - EPS) {
                best = r;
            }
        }
        return best;
    }

    private static int[][] greedyOrDescended(int m, Integer[] order, SolveResult[] descended) {
        for (int i = 0; i < descended.length; i++) {
            if (order[i] == m) {
                return descended[i].x();
            }
        }
        throw new IllegalArgumentException("not descended: " + m);
    }

    /** A plan around main node {@code m}, descended over its nodes. */
    static SolveResult around(OrderProblem p, int m) {
        return descend(p, greedyAround(p, m, PlanSeeds.stockedLines(p)));
    }

    /**
     * Main node {@code m} ships all it stocks, then nodes are added greedily (most penalty saved for
     * their shipment, as {@link PlanSeeds#greedyCover}) while they pay.
     */
    static int[][] greedyAround(OrderProblem p, int m, int[][] stocked) {
        int[][] x = p.emptyAssignment();
        int[] missing = p.qty.clone();
        boolean[] used = new boolean[p.nodeCount];
        int count = 0;
        int next = m;
        while (next >= 0 && count < p.maxShipments) {
            used[next] = true;
            count++;
            for (int l : stocked[next]) {
                int take = Math.min(p.avail[next][l], missing[l]);
                x[next][l] = take;
                missing[l] -= take;
            }
            next = -1;
            double bestGain = -EPS;
            for (int n = 0; n < p.nodeCount; n++) {
                if (used[n]) {
                    continue;
                }
                double gain = PlanSeeds.coverGain(p, n, missing, stocked[n]);
                if (gain < bestGain) {
                    bestGain = gain;
                    next = n;
                }
            }
        }
        return x;
    }

    /** A descent of plan x over its open nodes only. */
    static SolveResult descend(OrderProblem p, int[][] x) {
        int[] keep = openNodes(p, x);
        int count = keep.length;
        OrderProblem q = p.restrictedTo(keep, p.maxShipments);
        int[][] y = q.emptyAssignment();
        for (int i = 0; i < count; i++) {
            y[i] = x[keep[i]];
        }
        SolveResult r = PlanImprover.descent(q, y);
        int[][] full = p.emptyAssignment();
        for (int i = 0; i < count; i++) {
            full[keep[i]] = r.x()[i].clone();
        }
        return new SolveResult(full, p.cost(full), false);
    }

    /** The plan over open - drop + add: the dropped node's units backordered, the added node taking all it stocks, then a descent. */
    static SolveResult evaluate(OrderProblem p, int[][] x, int[] open, int drop, int add) {
        int size = open.length - (drop >= 0 ? 1 : 0) + (add >= 0 ? 1 : 0);
        if (size > p.maxShipments || size == 0) {
            return null;
        }
        int[] keep = new int[size];
        int k = 0;
        for (int n : open) {
            if (n != drop) {
                keep[k++] = n;
            }
        }
        if (add >= 0) {
            keep[k++] = add;
        }
        java.util.Arrays.sort(keep);
        OrderProblem q = p.restrictedTo(keep, p.maxShipments);
        int[][] y = q.emptyAssignment();
        int addAt = -1;
        for (int i = 0; i < size; i++) {
            if (keep[i] == add) {
                addAt = i;
            } else {
                System.arraycopy(x[keep[i]], 0, y[i], 0, p.lineCount);
            }
        }
        if (addAt >= 0) {
            // the new node takes every unit it stocks, first the backordered ones, then from the others
            for (int l = 0; l < p.lineCount; l++) {
                int shipped = 0;
                for (int i = 0; i < size; i++) {
                    shipped += y[i][l];
                }
                int want = Math.min(p.avail[add][l], p.qty[l]);
                int take = Math.min(want, p.qty[l] - shipped);
                y[addAt][l] = take;
                want -= take;
                for (int i = 0; i < size && want > 0; i++) {
                    int m = Math.min(want, y[i][l]);
                    y[i][l] -= m;
                    y[addAt][l] += m;
                    want -= m;
                }
            }
        }
        SolveResult r = PlanImprover.descent(q, y);
        int[][] full = p.emptyAssignment();
        for (int i = 0; i < size; i++) {
            full[keep[i]] = r.x()[i].clone();
        }
        return new SolveResult(full, p.cost(full), false);
    }

    static int[] openNodes(OrderProblem p, int[][] x) {
        int count = 0;
        int[] open = new int[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            for (int l = 0; l < p.lineCount; l++) {
                if (x[n][l] > 0) {
                    open[count++] = n;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(open, count);
    }
}
