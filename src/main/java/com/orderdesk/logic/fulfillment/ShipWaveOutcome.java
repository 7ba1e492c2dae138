package com.orderdesk.logic.fulfillment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A wave of ship confirmations: the outcome of each confirmed shipment and why each refused one was
 * not confirmed (it stays as it was, to be confirmed again), both by shipment id in the wave's order.
 */
public record ShipWaveOutcome(Map<Long, ShipOutcome> confirmed, Map<Long, String> refused) {
    public ShipWaveOutcome {
        confirmed = Collections.unmodifiableMap(new LinkedHashMap<>(confirmed));
        refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    }
}
