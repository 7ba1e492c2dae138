package com.orderdesk.logic.fulfillment.routing;

import java.util.ArrayList;
import java.util.List;

/** Quick feasible plans that give the exact search a good first incumbent. */
final class PlanSeeds {
    private PlanSeeds() {
    }

    static List<int[][]> seeds(OrderProblem p) {
        List<int[][]> seeds = new ArrayList<>();
        seeds.add(p.emptyAssignment());
        int cheapest = -1;
        for (int n = 0; n < p.nodeCount; n++) {
            if (cheapest < 0 || aloneCost(p, n) < aloneCost(p, cheapest)) {
                cheapest = n;
            }
        }
        if (cheapest >= 0) {
            seeds.add(singleNode(p, cheapest)); // the other single nodes cannot be the best seed
        }
        seeds.add(greedyCover(p));
        seeds.add(NearestFirst.assign(p));
        return seeds;
    }

    /** The cost of {@link #singleNode} without building the plan: nodes x lines instead of nodes x nodes x lines for all seeds. */
    static double aloneCost(OrderProblem p, int n) {
        int units = 0;
        long w = 0;
        for (int l = 0; l < p.lineCount; l++) {
            units += p.avail[n][l];
            w += p.avail[n][l] * p.weight[l];
        }
        double ship = units == 0 || p.maxShipments < 1 ? 0 : p.shipmentCost(n, units, w);
        int shipped = p.maxShipments < 1 ? 0 : units;
        return ship + p.backorderPenalty * (p.totalUnits - shipped);
    }

    /** Node n ships all it can of every line; the rest is backordered. */
    static int[][] singleNode(OrderProblem p, int n) {
        int[][] x = p.emptyAssignment();
        System.arraycopy(p.avail[n], 0, x[n], 0, p.lineCount);
        return x;
    }

    /**
     * Adds, one at a time, the node whose stock lowers the order cost most, until none does. Each
     * node's gain is priced from what is still missing (its shipment less the penalties it saves),
     * so a round costs nodes x lines, not a whole plan per node.
     */
    static int[][] greedyCover(OrderProblem p) {
        int[][] x = p.emptyAssignment();
        int[] missing = p.qty.clone();
        boolean[] used = new boolean[p.nodeCount];
        int[][] stocked = stockedLines(p);
        while (true) {
            int bestNode = -1;
            double bestGain = -ExactOrderSolver.EPS;
            for (int n = 0; n < p.nodeCount; n++) {
                if (used[n]) {
                    continue;
                }
                double gain = coverGain(p, n, missing, stocked[n]);
                if (gain < bestGain) {
                    bestGain = gain;
                    bestNode = n;
                }
            }
            if (bestNode < 0 || p.cost(withNode(p, x, bestNode)) == Double.POSITIVE_INFINITY) {
                return x;
            }
            used[bestNode] = true;
            for (int l = 0; l < p.lineCount; l++) {
                int take = Math.min(p.avail[bestNode][l], missing[l]);
                x[bestNode][l] = take;
                missing[l] -= take;
            }
        }
    }

    /**
     * What adding node n changes in the order's cost when it ships all it can of what is still
     * {@code missing}: its shipment less the penalties it saves ({@code lines}: the lines it stocks).
     * Positive infinity when it ships none of it.
     */
    static double coverGain(OrderProblem p, int n, int[] missing, int[] lines) {
        int units = 0;
        long w = 0;
        for (int l : lines) {
            int take = Math.min(p.avail[n][l], missing[l]);
            units += take;
            w += take * p.weight[l];
        }
        return units == 0 ? Double.POSITIVE_INFINITY : p.shipmentCost(n, units, w) - p.backorderPenalty * units;
    }

    /** Per node, the lines it stocks. */
    static int[][] stockedLines(OrderProblem p) {
        int[][] stocked = new int[p.nodeCount][];
        int[] buf = new int[p.lineCount];
        for (int n = 0; n < p.nodeCount; n++) {
            int count = 0;
            for (int l = 0; l < p.lineCount; l++) {
                if (p.avail[n][l] > 0) {
                    buf[count++] = l;
                }
            }
            stocked[n] = java.util.Arrays.copyOf(buf, count);
        }
        return stocked;
    }

    private static int[][] withNode(OrderProblem p, int[][] x, int n) {
        int[][] trial = new int[p.nodeCount][];
        for (int i = 0; i < p.nodeCount; i++) {
            trial[i] = x[i].clone();
        }
        for (int l = 0; l < p.lineCount; l++) {
            int shipped = 0;
            for (int i = 0; i < p.nodeCount; i++) {
                shipped += x[i][l];
            }
            trial[n][l] = Math.min(p.avail[n][l], p.qty[l] - shipped);
        }
        return trial;
    }
}
