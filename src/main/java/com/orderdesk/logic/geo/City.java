package com.orderdesk.logic.geo;

import com.orderdesk.model.common.GeoPoint;
import java.util.List;

/**
 * A postal city: all ZIP codes sharing one place name within one state.
 *
 * @param name       the postal place name
 * @param state      two-letter USPS code
 * @param population the place's population, 0 when unknown (smaller than 1,000 or unmatched)
 * @param centre     the mean of its ZIP codes' points
 * @param zips       its ZIP codes in ascending order, never empty
 */
public record City(String name, String state, long population, GeoPoint centre, List<String> zips) {
    public City {
        zips = List.copyOf(zips);
    }

    /** "Seattle, WA" */
    public String label() {
        return name + ", " + state;
    }
}
