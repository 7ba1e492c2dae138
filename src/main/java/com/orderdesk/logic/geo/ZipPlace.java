package com.orderdesk.logic.geo;

import com.orderdesk.model.common.GeoPoint;

/**
 * One US ZIP code from the gazetteer.
 *
 * @param zip            five digits, leading zeros kept ("02108")
 * @param city           the postal place name ("New York", "Saint Louis")
 * @param state          two-letter USPS code
 * @param county         the county (or borough, parish...) name; may be empty
 * @param location       the ZIP's representative point
 * @param cityPopulation population of the populated place of that name near the ZIP, 0 when the
 *                       place has fewer than 1,000 people or no match (see assets/README.md)
 */
public record ZipPlace(String zip, String city, String state, String county, GeoPoint location, long cityPopulation) {
}
