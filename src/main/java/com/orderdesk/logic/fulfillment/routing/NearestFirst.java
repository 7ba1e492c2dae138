package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The baseline of src/site/markdown/contracts/route.md: the nearest node that can ship the whole order; if none can,
 * each line filled from the nearest nodes with stock, in distance order. Decisions where the spec
 * is silent: a ship-complete order with no whole node is backordered, and a new node is only
 * used while the order's maxShipments allows.
 */
final class NearestFirst {
    private NearestFirst() {
    }

    static int[][] assign(OrderProblem p) {
        Integer[] byDistance = new Integer[p.nodeCount];
        for (int n = 0; n < p.nodeCount; n++) {
            byDistance[n] = n;
        }
        Arrays.sort(byDistance, Comparator.comparingDouble(n -> p.distanceKm[n]));
        int[][] x = p.emptyAssignment();
        if (p.maxShipments < 1) {
            return x;
        }
        for (int n : byDistance) {
            boolean whole = true;
            for (int l = 0; l < p.lineCount && whole; l++) {
                whole = p.avail[n][l] >= p.qty[l];
            }
            if (whole) {
                System.arraycopy(p.qty, 0, x[n], 0, p.lineCount);
                return x;
            }
        }
        if (p.shipComplete) {
            return x;
        }
        boolean[] used = new boolean[p.nodeCount];
        int usedCount = 0;
        for (int l = 0; l < p.lineCount; l++) {
            int left = p.qty[l];
            for (int n : byDistance) {
                if (left == 0) {
                    break;
                }
                if (p.avail[n][l] == 0 || !used[n] && usedCount >= p.maxShipments) {
                    continue;
                }
                int take = Math.min(left, p.avail[n][l]);
                x[n][l] = take;
                left -= take;
                if (!used[n]) {
                    used[n] = true;
                    usedCount++;
                }
            }
        }
        return x;
    }
}
