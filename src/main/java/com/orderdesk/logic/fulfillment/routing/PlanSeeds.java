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
        for (int n = 0; n < p.nodeCount; n++) {
            seeds.add(singleNode(p, n));
        }
        seeds.add(greedyCover(p));
        seeds.add(NearestFirst.assign(p));
        return seeds;
    }

    /** Node n ships all it can of every line; the rest is backordered. */
    static int[][] singleNode(OrderProblem p, int n) {
        int[][] x = p.emptyAssignment();
        System.arraycopy(p.avail[n], 0, x[n], 0, p.lineCount);
        return x;
    }

    /** Adds, one at a time, the node whose stock lowers the order cost most, until none does. */
    static int[][] greedyCover(OrderProblem p) {
        int[][] x = p.emptyAssignment();
        double cost = p.cost(x);
        boolean[] used = new boolean[p.nodeCount];
        while (true) {
            int bestNode = -1;
            double bestCost = cost;
            int[][] bestX = null;
            for (int n = 0; n < p.nodeCount; n++) {
                if (used[n]) {
                    continue;
                }
                int[][] trial = withNode(p, x, n);
                double c = p.cost(trial);
                if (c < bestCost - ExactOrderSolver.EPS) {
                    bestCost = c;
                    bestNode = n;
                    bestX = trial;
                }
            }
            if (bestNode < 0) {
                return x;
            }
            used[bestNode] = true;
            x = bestX;
            cost = bestCost;
        }
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
