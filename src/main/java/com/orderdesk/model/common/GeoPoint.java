package com.orderdesk.model.common;

/** A WGS84 latitude/longitude in decimal degrees. */
public record GeoPoint(double lat, double lon) {
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
            throw new IllegalArgumentException("not a latitude/longitude: " + lat + ", " + lon);
        }
    }

    /** Great-circle (haversine) distance in kilometres, with the mean Earth radius. */
    public double distanceKm(GeoPoint other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
