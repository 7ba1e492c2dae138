package com.orderdesk.logic.fulfillment.routing;

/** One row of the rate card's zone chart: distances up to {@code maxKm} (null: no limit) are this zone. */
public record ZoneBand(int zone, Double maxKm) {
}
