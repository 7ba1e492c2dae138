package com.orderdesk.logic.fulfillment.routing;

import java.util.List;
import java.util.Map;

/**
 * A parcel rate card: zones by distance, weight breaks, one price per (zone, break) and a price
 * per kg above the last break. Prices must not decrease as the weight grows (every real card
 * behaves so; the router's bounds rely on it, and the scenario reader checks it).
 *
 * <p>{@code services} (empty: none) are the carrier services of the contract's dates section;
 * without them there is one service, ground, at the card's prices, and plans carry no dates.
 */
public record RateCard(List<ZoneBand> zones, List<Double> weightBreaksKg,
                       Map<Integer, List<Double>> prices, Map<Integer, Double> perKgAboveMax,
                       List<CarrierService> services) {
    public RateCard {
        zones = List.copyOf(zones);
        weightBreaksKg = List.copyOf(weightBreaksKg);
        prices = Map.copyOf(prices);
        perKgAboveMax = Map.copyOf(perKgAboveMax);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** A card without carrier services (no dates). */
    public RateCard(List<ZoneBand> zones, List<Double> weightBreaksKg,
                    Map<Integer, List<Double>> prices, Map<Integer, Double> perKgAboveMax) {
        this(zones, weightBreaksKg, prices, perKgAboveMax, List.of());
    }

    public boolean hasServices() {
        return !services.isEmpty();
    }

    public RateCard withServices(List<CarrierService> newServices) {
        return new RateCard(zones, weightBreaksKg, prices, perKgAboveMax, newServices);
    }
}
