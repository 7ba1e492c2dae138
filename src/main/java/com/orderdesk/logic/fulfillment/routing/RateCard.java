package com.orderdesk.logic.fulfillment.routing;

import java.util.List;
import java.util.Map;

/**
 * A parcel rate card: zones by distance, weight breaks, one price per (zone, break) and a price
 * per kg above the last break. Prices must not decrease as the weight grows (every real card
 * behaves so; the router's bounds rely on it, and the scenario reader checks it).
 */
public record RateCard(List<ZoneBand> zones, List<Double> weightBreaksKg,
                       Map<Integer, List<Double>> prices, Map<Integer, Double> perKgAboveMax) {
    public RateCard {
        zones = List.copyOf(zones);
        weightBreaksKg = List.copyOf(weightBreaksKg);
        prices = Map.copyOf(prices);
        perKgAboveMax = Map.copyOf(perKgAboveMax);
    }
}
