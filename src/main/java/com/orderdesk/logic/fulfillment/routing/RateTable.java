package com.orderdesk.logic.fulfillment.routing;

import java.util.List;

/**
 * The rate card compiled for fast lookups. Weights are whole micro-kilograms (long) so that sums
 * of line weights compare exactly against the weight breaks (0.1 + 0.2 kg is exactly 0.3 kg here).
 *
 * <p>Prices are kept per "row": one row per (zone, carrier service), the zone's prices times the
 * service's price factor (one row per zone, factor 1, without services). A shipment's rate
 * depends only on its row and weight, so every bound of the router, written per row, holds for
 * services as well: choosing a node's service is choosing its row.
 */
final class RateTable {
    static final double MICRO_PER_KG = 1_000_000.0;

    private final int[] zoneNumbers;
    private final double[] maxKm;
    private final long[] breaks;
    private final int serviceCount;
    private final double[][] prices;
    private final double[] perKgAbove;

    RateTable(RateCard card) {
        int zones = card.zones().size();
        List<CarrierService> services = card.services();
        serviceCount = Math.max(1, services.size());
        zoneNumbers = new int[zones];
        maxKm = new double[zones];
        prices = new double[zones * serviceCount][];
        perKgAbove = new double[zones * serviceCount];
        for (int z = 0; z < zones; z++) {
            ZoneBand band = card.zones().get(z);
            zoneNumbers[z] = band.zone();
            maxKm[z] = band.maxKm() == null ? Double.POSITIVE_INFINITY : band.maxKm();
            double[] base = card.prices().get(band.zone()).stream().mapToDouble(Double::doubleValue).toArray();
            double perKg = card.perKgAboveMax().get(band.zone());
            for (int s = 0; s < serviceCount; s++) {
                double factor = services.isEmpty() ? 1.0 : services.get(s).priceFactor();
                double[] row = new double[base.length];
                for (int i = 0; i < base.length; i++) {
                    row[i] = base[i] * factor;
                }
                prices[row(z, s)] = row;
                perKgAbove[row(z, s)] = perKg * factor;
            }
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

    /** The price row of a zone (by index) shipped with a service (by index; 0 without services). */
    int row(int zoneIndex, int service) {
        return zoneIndex * serviceCount + service;
    }

    /** The zone number (as on the card) of a price row. */
    int zoneNumber(int row) {
        return zoneNumbers[row / serviceCount];
    }

    int zoneNumberOfIndex(int zoneIndex) {
        return zoneNumbers[zoneIndex];
    }

    int breakCount() {
        return breaks.length;
    }

    long breakAt(int i) {
        return breaks[i];
    }

    double priceAt(int row, int i) {
        return prices[row][i];
    }

    double perKgAboveMax(int row) {
        return perKgAbove[row];
    }

    /** The rate of a shipment of {@code weight} micro-kg on a price row (spec: smallest break >= w, or the per-kg tail). */
    double rate(int row, long weight) {
        double[] prices = this.prices[row];
        for (int i = 0; i < breaks.length; i++) {
            if (weight <= breaks[i]) {
                return prices[i];
            }
        }
        int last = breaks.length - 1;
        return prices[last] + perKgAbove[row] * toKg(weight - breaks[last]);
    }
}
