package com.orderdesk.logic.geo;

import com.orderdesk.model.common.GeoPoint;
import java.util.List;

/**
 * The outline of one state (or DC) as polygons in longitude/latitude.
 *
 * @param code     two-letter USPS code
 * @param name     the state's name
 * @param fips     the two-digit Census FIPS code
 * @param polygons the state's separate land areas (mainland, islands); never empty
 */
public record StateOutline(String code, String name, String fips, List<Polygon> polygons) {
    public StateOutline {
        polygons = List.copyOf(polygons);
    }

    /**
     * One connected area: its rings are closed (last point equals the first); the first ring is the
     * outer boundary and any further rings are holes (lakes, enclaves).
     */
    public record Polygon(List<List<GeoPoint>> rings) {
        public Polygon {
            rings = rings.stream().map(List::copyOf).toList();
        }

        public List<GeoPoint> outer() {
            return rings.get(0);
        }

        /** Even-odd rule over all rings, so holes are excluded. */
        public boolean contains(GeoPoint p) {
            boolean inside = false;
            for (List<GeoPoint> ring : rings) {
                if (ringContains(ring, p)) {
                    inside = !inside;
                }
            }
            return inside;
        }

        private static boolean ringContains(List<GeoPoint> ring, GeoPoint p) {
            boolean inside = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                GeoPoint a = ring.get(i);
                GeoPoint b = ring.get(j);
                if ((a.lat() > p.lat()) != (b.lat() > p.lat())
                        && p.lon() < (b.lon() - a.lon()) * (p.lat() - a.lat()) / (b.lat() - a.lat()) + a.lon()) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    /** Whether the point lies on the state's land as drawn (planar test in lon/lat, fine at map scale). */
    public boolean contains(GeoPoint p) {
        for (Polygon polygon : polygons) {
            if (polygon.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Total number of points over all rings, for sizing drawing buffers. */
    public int pointCount() {
        return polygons.stream().flatMap(p -> p.rings().stream()).mapToInt(List::size).sum();
    }
}
