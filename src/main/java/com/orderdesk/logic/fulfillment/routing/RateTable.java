package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/**
 * The rate card compiled for fast lookups. Weights are whole micro-kilograms (long) so that sums
 * of line weights compare exactly against the weight breaks (0.1 + 0.2 kg is exactly 0.3 kg here).
 */
final class RateTable {
    static final double MICRO_PER_KG = 1_000_000.0;

    private final int[] zoneNumbers;
    private final double[] maxKm;
    private final long[] breaks;
    private final double[][] prices;
    private final double[] perKgAbove;

    RateTable(RateCard card) {
        int zones = card.zones().size();
        zoneNumbers = new int[zones];
        maxKm = new double[zones];
        prices = new double[zones][];
        perKgAbove = new double[zones];
        for (int z = 0; z < zones; z++) {
            ZoneBand band = card.zones().get(z);
            zoneNumbers[z] = band.zone();
            maxKm[z] = band.maxKm() == null ? Double.POSITIVE_INFINITY : band.maxKm();
            List<Double> row = card.prices().get(band.zone());
            prices[z] = row.stream().mapToDouble(Double::doubleValue).toArray();
            perKgAbove[z] = card.perKgAboveMax().get(band.zone());
        }
        breaks = card.weightBreaksKg().stream().mapToLong(RateTable::toMicro).toArray();
    }

    static long toMicro(double kg) {
        return Math.round(kg * MICRO_PER_KG);
    }

    static double toKg(long micro) {
        return micro / MICRO_PER_KG;
    }

    /** Index (not number) of the first zone whose maxKm covers the distance, or -1 when none does. */
    int zoneIndex(double distanceKm) {
        for (int z = 0; z < maxKm.length; z++) {
            if (maxKm[z] >= distanceKm) {
                return z;
            }
        }
        return -1;
    }

    int zoneNumber(int zoneIndex) {
        return zoneNumbers[zoneIndex];
    }

    int breakCount() {
        return breaks.length;
    }

    long breakAt(int i) {
        return breaks[i];
    }

    double priceAt(int zoneIndex, int i) {
        return prices[zoneIndex][i];
    }

    double perKgAboveMax(int zoneIndex) {
        return perKgAbove[zoneIndex];
    }

    /** The rate of a shipment of {@code weight} micro-kg in a zone (spec: smallest break >= w, or the per-kg tail). */
    double rate(int zoneIndex, long weight) {
        double[] row = prices[zoneIndex];
        for (int i = 0; i < breaks.length; i++) {
            if (weight <= breaks[i]) {
                return row[i];
            }
        }
        int last = breaks.length - 1;
        return row[last] + perKgAbove[zoneIndex] * toKg(weight - breaks[last]);
    }
}
