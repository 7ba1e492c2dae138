package com.orderdesk.logic.geo;

import com.orderdesk.model.common.GeoPoint;
import java.util.Locale;
import java.util.Optional;

/**
 * The composite "Albers USA" map projection of d3-geo's {@code geoAlbersUsa}, ported so the JavaFX
 * map draws states, nodes and ship-tos exactly where the familiar web maps do: the lower 48 states
 * in an Albers equal-area conic (standard parallels 29.5N and 45.5N), with Alaska (shrunk to 0.35)
 * and Hawaii as insets in the lower left. Output is in screen order (y grows downwards).
 *
 * <p>With the defaults (scale 1070, translate 480/250) the country fills a 960 x 500 frame; use
 * {@link #fitting} for another size. Verified against d3-geo 3.1.2 (see assets/tools/albers-fixtures.js).
 * Immutable and thread-safe.
 *
 * <p>Ported from d3-geo ({@code albersUsa.js}, {@code conicEqualArea.js}, {@code projection/index.js}):
 * Copyright 2010-2026 Mike Bostock. Permission to use, copy, modify, and/or distribute this software
 * for any purpose with or without fee is hereby granted, provided that the above copyright notice
 * and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR
 * DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE (ISC licence).
 */
public final class AlbersUsaProjection {
    public static final double DEFAULT_SCALE = 1070;
    public static final double DEFAULT_WIDTH = 960;
    public static final double DEFAULT_HEIGHT = 500;
    private static final double EPSILON = 1e-6;

    /** Which of the three projections draws a place. */
    public enum Inset {
        LOWER_48, ALASKA, HAWAII;

        /** The inset that draws a state: AK and HI have their own, everything else is LOWER_48. */
        public static Inset forState(String stateCode) {
            return switch (stateCode == null ? "" : stateCode.strip().toUpperCase(Locale.ROOT)) {
                case "AK" -> ALASKA;
                case "HI" -> HAWAII;
                default -> LOWER_48;
            };
        }
    }

    private final double scale;
    private final double translateX;
    private final double translateY;
    private final ConicEqualArea lower48;
    private final ConicEqualArea alaska;
    private final ConicEqualArea hawaii;

    /** d3's defaults: scale 1070, translate (480, 250), a 960 x 500 frame. */
    public AlbersUsaProjection() {
        this(DEFAULT_SCALE, DEFAULT_WIDTH / 2, DEFAULT_HEIGHT / 2);
    }

    /**
     * @param scale      d3's scale (1070 for a 960-wide frame)
     * @param translateX x of the lower 48's centre (near Kansas) on the drawing plane
     * @param translateY y of that centre
     */
    public AlbersUsaProjection(double scale, double translateX, double translateY) {
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(translateX) || !Double.isFinite(translateY)) {
            throw new IllegalArgumentException("scale must be positive and translation finite: "
                    + scale + ", " + translateX + ", " + translateY);
        }
        this.scale = scale;
        this.translateX = translateX;
        this.translateY = translateY;
        double k = scale;
        lower48 = new ConicEqualArea(96, -0.6, 38.7, 29.5, 45.5, k, translateX, translateY);
        alaska = new ConicEqualArea(154, -2, 58.5, 55, 65, 0.35 * k, translateX - 0.307 * k, translateY + 0.201 * k);
        hawaii = new ConicEqualArea(157, -3, 19.9, 8, 18, k, translateX - 0.205 * k, translateY + 0.212 * k);
    }

    /** The projection that fits the whole country (insets included) centred in a width x height area. */
    public static AlbersUsaProjection fitting(double width, double height) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("width and height must be positive: " + width + " x " + height);
        }
        double factor = Math.min(width / DEFAULT_WIDTH, height / DEFAULT_HEIGHT);
        return new AlbersUsaProjection(DEFAULT_SCALE * factor, width / 2, height / 2);
    }

    public double scale() {
        return scale;
    }

    public double translateX() {
        return translateX;
    }

    public double translateY() {
        return translateY;
    }

    /**
     * Projects like d3's geoAlbersUsa: the lower-48 projection if the point lands in its frame,
     * else the Alaska inset, else the Hawaii inset, else empty (Puerto Rico, abroad).
     */
    public Optional<ProjectedPoint> project(GeoPoint point) {
        double k = scale;
        double tx = translateX;
        double ty = translateY;
        ProjectedPoint p = lower48.forward(point);
        if (within(p, tx - 0.455 * k, ty - 0.238 * k, tx + 0.455 * k, ty + 0.238 * k)) {
            return Optional.of(p);
        }
        p = alaska.forward(point);
        if (within(p, tx - 0.425 * k + EPSILON, ty + 0.120 * k + EPSILON, tx - 0.214 * k - EPSILON, ty + 0.234 * k - EPSILON)) {
            return Optional.of(p);
        }
        p = hawaii.forward(point);
        if (within(p, tx - 0.214 * k + EPSILON, ty + 0.166 * k + EPSILON, tx - 0.115 * k - EPSILON, ty + 0.234 * k - EPSILON)) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * Projects with a chosen inset and no frame test, for drawing a state's outline in one piece
     * (use {@link Inset#forState}); a point far outside the inset's area lands far outside its frame.
     */
    public ProjectedPoint project(GeoPoint point, Inset inset) {
        return switch (inset) {
            case LOWER_48 -> lower48.forward(point);
            case ALASKA -> alaska.forward(point);
            case HAWAII -> hawaii.forward(point);
        };
    }

    /** The inset whose frame contains a point of the drawing plane (LOWER_48 outside both insets). */
    public Inset insetAt(double x, double y) {
        double u = (x - translateX) / scale;
        double v = (y - translateY) / scale;
        if (v >= 0.120 && v < 0.234 && u >= -0.425 && u < -0.214) {
            return Inset.ALASKA;
        }
        if (v >= 0.166 && v < 0.234 && u >= -0.214 && u < -0.115) {
            return Inset.HAWAII;
        }
        return Inset.LOWER_48;
    }

    /**
     * The longitude/latitude drawn at a point of the plane (for mouse hover), like d3's invert;
     * empty where the projection has no preimage (far outside the map).
     */
    public Optional<GeoPoint> invert(double x, double y) {
        ConicEqualArea conic = switch (insetAt(x, y)) {
            case ALASKA -> alaska;
            case HAWAII -> hawaii;
            case LOWER_48 -> lower48;
        };
        return conic.inverse(x, y);
    }

    private static boolean within(ProjectedPoint p, double x0, double y0, double x1, double y1) {
        return x0 <= p.x() && p.x() <= x1 && y0 <= p.y() && p.y() <= y1;
    }

    /**
     * d3's conicEqualArea with a longitude rotation, a centre, a scale and a translation; the raw
     * formulas are Snyder's (Map Projections: A Working Manual, USGS 1987, p. 100), as d3 writes them.
     */
    private static final class ConicEqualArea {
        private final double deltaLambda;
        private final double n;
        private final double c;
        private final double r0;
        private final double k;
        private final double offsetX;
        private final double offsetY;

        ConicEqualArea(double rotateDeg, double centreLonDeg, double centreLatDeg,
                       double parallel0Deg, double parallel1Deg, double k, double tx, double ty) {
            double sy0 = Math.sin(Math.toRadians(parallel0Deg));
            this.n = (sy0 + Math.sin(Math.toRadians(parallel1Deg))) / 2;
            this.c = 1 + sy0 * (2 * n - sy0);
            this.r0 = Math.sqrt(c) / n;
            this.deltaLambda = Math.toRadians(rotateDeg);
            this.k = k;
            double[] centre = raw(Math.toRadians(centreLonDeg), Math.toRadians(centreLatDeg));
            this.offsetX = tx - k * centre[0];
            this.offsetY = ty + k * centre[1];
        }

        ProjectedPoint forward(GeoPoint p) {
            double[] xy = raw(wrap(Math.toRadians(p.lon()) + deltaLambda), Math.toRadians(p.lat()));
            return new ProjectedPoint(offsetX + k * xy[0], offsetY - k * xy[1]);
        }

        Optional<GeoPoint> inverse(double screenX, double screenY) {
            double x = (screenX - offsetX) / k;
            double y = (offsetY - screenY) / k;
            double r0y = r0 - y;
            double lambda = Math.atan2(x, Math.abs(r0y)) * Math.signum(r0y);
            if (r0y * n < 0) {
                lambda -= Math.PI * Math.signum(x) * Math.signum(r0y);
            }
            double sinPhi = (c - (x * x + r0y * r0y) * n * n) / (2 * n);
            if (Double.isNaN(sinPhi) || Math.abs(sinPhi) > 1) {
                return Optional.empty();
            }
            double lon = Math.toDegrees(wrap(lambda / n - deltaLambda));
            double lat = Math.toDegrees(Math.asin(sinPhi));
            return Optional.of(new GeoPoint(lat, lon));
        }

        private double[] raw(double lambda, double phi) {
            double r = Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
            double a = lambda * n;
            return new double[] {r * Math.sin(a), r0 - r * Math.cos(a)};
        }

        private static double wrap(double lambda) {
            return Math.abs(lambda) > Math.PI ? lambda - Math.round(lambda / (2 * Math.PI)) * 2 * Math.PI : lambda;
        }
    }
}
