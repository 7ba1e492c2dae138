package com.orderdesk.logic.fulfillment.routing;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Lower bound on the cost of any plan whose node set contains the chosen nodes S and otherwise
 * only nodes of rank >= {@code restFrom} (the set enumeration's branch). Each node of S pays at
 * least its handling and first rate; every unit costs at least min(penalty, cheapest pick + s x
 * weight) plus the convexified rate of spreading the weight over S (pre-opened envelopes) and
 * the remaining nodes (envelopes that include their handling), as in {@link RemainderBound};
 * and units S cannot supply need an extra node or the penalty.
 */
final class SetBound {
    private final OrderProblem p;
    private final int[] rankOf;
    private final double penalty;
    private final double[] firstRate;
    private final double[] cheapestPick;
    private final boolean[] stocked;
    private final int[][] byOpeningCost;
    private final double[][] openingCost;
    private final double[][] openLen;
    private final double[][] openSlope;
    private final double[] uLen;
    private final double[] uSlope;
    private final int[] uNode;
    private final double[] oLen;
    private final double[] oSlope;
    private final boolean[] shippableLine;

    SetBound(OrderProblem p, int[] rankOf) {
        this.p = p;
        this.rankOf = rankOf;
        this.penalty = p.backorderPenalty;
        int lines = p.lineCount;
        int nodes = p.nodeCount;
        firstRate = new double[nodes];
        for (int n = 0; n < nodes; n++) {
            firstRate[n] = p.shipmentCost(n, 0, 0);
        }
        cheapestPick = new double[lines];
        stocked = new boolean[lines];
        byOpeningCost = new int[lines][];
        openingCost = new double[lines][nodes];
        for (int l = 0; l < lines; l++) {
            cheapestPick[l] = Double.POSITIVE_INFINITY;
            int count = 0;
            Integer[] stockists = new Integer[nodes];
            for (int n = 0; n < nodes; n++) {
                if (p.avail[n][l] > 0) {
                    stocked[l] = true;
                    cheapestPick[l] = Math.min(cheapestPick[l], p.pick[n]);
                    openingCost[l][n] = p.handling[n] + p.rate(n, p.weight[l]);
                    stockists[count++] = n;
                }
            }
            final int line = l;
            byOpeningCost[l] = Arrays.stream(stockists, 0, count)
                    .sorted(Comparator.comparingDouble(n -> openingCost[line][n]))
                    .mapToInt(Integer::intValue).toArray();
        }
        int perNode = p.rates.breakCount() + 2;
        RateEnvelope envelope = new RateEnvelope(p.rates.breakCount());
        openLen = new double[nodes][perNode];
        openSlope = new double[nodes][perNode];
        double[] len = new double[nodes * perNode];
        double[] slope = new double[len.length];
        int[] owner = new int[len.length];
        int count = 0;
        for (int n = 0; n < nodes; n++) {
            int k = envelope.segments(p, n, true, 0, p.totalWeight, openLen[n], openSlope[n], 0);
            if (k < perNode) {
                openLen[n][k] = -1; // end marker
            }
            int u = envelope.segments(p, n, false, 0, p.totalWeight, len, slope, count);
            Arrays.fill(owner, count, count + u, n);
            count += u;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> slope[i]));
        uLen = new double[count];
        uSlope = new double[count];
        uNode = new int[count];
        for (int i = 0; i < count; i++) {
            uLen[i] = len[order[i]];
            uSlope[i] = slope[order[i]];
            uNode[i] = owner[order[i]];
        }
        oLen = new double[nodes * perNode];
        oSlope = new double[oLen.length];
        shippableLine = new boolean[lines];
    }

    double lowerBound(int[] chosen, int count, int restFrom) {
        boolean mayAdd = count < p.maxShipments;
        double fixed = 0;
        for (int i = 0; i < count; i++) {
            fixed += firstRate[chosen[i]];
        }
        double coverTotal = 0;
        int uncovered = 0;
        double uncoveredPick = 0;
        double cheapestOpening = Double.POSITIVE_INFINITY;
        long shippableWeight = 0;
        double forced = 0;
        for (int l = 0; l < p.lineCount; l++) {
            int units = p.qty[l];
            int cover = 0;
            for (int i = 0; i < count; i++) {
                cover += p.avail[chosen[i]][l];
            }
            cover = Math.min(cover, units);
            double opening = Double.POSITIVE_INFINITY;
            if (mayAdd) {
                for (int n : byOpeningCost[l]) {
                    if (rankOf[n] >= restFrom) {
                        opening = openingCost[l][n];
                        break;
                    }
                }
            }
            shippableLine[l] = cover > 0 || opening != Double.POSITIVE_INFINITY;
            if (!shippableLine[l]) {
                forced += penalty * units;
                continue;
            }
            shippableWeight += units * p.weight[l];
            double perUnit = Math.min(penalty, cheapestPick[l]);
            coverTotal += cover * perUnit;
            int left = units - cover;
            if (left > 0) {
                if (opening == Double.POSITIVE_INFINITY) {
                    coverTotal += penalty * left;
                } else {
                    uncovered += left;
                    uncoveredPick += left * perUnit;
                    cheapestOpening = Math.min(cheapestOpening, opening);
                }
            }
        }
        if (uncovered > 0) {
            coverTotal += Math.min(penalty * uncovered, cheapestOpening + uncoveredPick);
        }
        double weightTotal = weightBound(chosen, count, restFrom, mayAdd, shippableWeight);
        return fixed + forced + Math.max(coverTotal, weightTotal);
    }

    private double weightBound(int[] chosen, int count, int restFrom, boolean mayAdd, long shippable) {
        double need = RateTable.toKg(shippable);
        double price = 0;
        double spread = 0;
        if (shippable > 0) {
            int oc = 0;
            for (int i = 0; i < count; i++) {
                int n = chosen[i];
                for (int k = 0; k < openLen[n].length && openLen[n][k] >= 0; k++) {
                    oLen[oc] = openLen[n][k];
                    oSlope[oc++] = openSlope[n][k];
                }
            }
            RateEnvelope.sortBySlope(oLen, oSlope, oc);
            int i = 0;
            int j = 0;
            double left = need;
            while (left > 1e-12) {
                while (j < uLen.length && (!mayAdd || rankOf[uNode[j]] < restFrom)) {
                    j++;
                }
                boolean takeOpen = i < oc && (j >= uLen.length || oSlope[i] <= uSlope[j]);
                if (!takeOpen && j >= uLen.length) {
                    price = Double.POSITIVE_INFINITY; // cannot happen: envelopes reach the whole weight
                    break;
                }
                double len = takeOpen ? oLen[i] : uLen[j];
                price = takeOpen ? oSlope[i++] : uSlope[j++];
                double take = Math.min(len, left);
                spread += take * price;
                left -= take;
            }
        }
        if (price == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double total = spread - price * need;
        for (int l = 0; l < p.lineCount; l++) {
            if (shippableLine[l]) {
                total += p.qty[l] * Math.min(penalty, cheapestPick[l] + price * RateTable.toKg(p.weight[l]));
            }
        }
        return total;
    }
}
