package com.orderdesk.logic.fulfillment.routing;

import java.util.Map;
import java.util.OptionalInt;

/**
 * A carrier service (ground, two-day, overnight...): its price is the rate card's rate times
 * {@code priceFactor}, and it takes {@code transitDays} calendar days in transit per zone.
 * {@code transitDaysByZone} lists zones by number; {@code transitDaysAnyZone} (null: none) is the
 * {@code "*"} entry of the contract, used for a zone without its own entry. A zone with neither
 * is not served by this service.
 */
public record CarrierService(String name, double priceFactor, Map<Integer, Integer> transitDaysByZone,
                             Integer transitDaysAnyZone) {
    public CarrierService {
        transitDaysByZone = Map.copyOf(transitDaysByZone);
    }

    /** The days in transit to a zone, empty when the service does not go there. */
    public OptionalInt transitDays(int zone) {
        Integer own = transitDaysByZone.get(zone);
        if (own != null) {
            return OptionalInt.of(own);
        }
        return transitDaysAnyZone == null ? OptionalInt.empty() : OptionalInt.of(transitDaysAnyZone);
    }
}
