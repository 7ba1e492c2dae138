package com.orderdesk.logic.geo;

/** A point on the drawing plane of a map projection: x to the right, y downwards (screen order). */
public record ProjectedPoint(double x, double y) {
}
