package com.orderdesk.gui.fulfillment;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the map's labels so they neither cover one another nor the symbols, nor run past the
 * map's edge: each label has places to try in order of preference (beside its node, or along its
 * route), takes the first that is free, and when none is, the one that hides least. Plain Java
 * (rectangles in screen pixels), so the choice is tested without a window. Greedy: a handful of
 * labels per order does not need an optimal placement, and a stable first choice keeps labels
 * from jumping between renders.
 */
final class LabelPlacer {
    /** A rectangle on screen: top-left corner, width, height. */
    record Box(double x, double y, double w, double h) {
        double overlap(Box o) {
            double dx = Math.min(x + w, o.x + o.w) - Math.max(x, o.x);
            double dy = Math.min(y + h, o.y + o.h) - Math.max(y, o.y);
            return dx <= 0 || dy <= 0 ? 0 : dx * dy;
        }

        /** The part of this box outside {@code bounds}. */
        double outside(Box bounds) {
            return w * h - overlap(bounds);
        }
    }

    private final Box bounds;
    private final List<Box> taken = new ArrayList<>();

    /** @param obstacles what labels must not cover (node symbols, the ship-to pin) */
    LabelPlacer(double width, double height, List<Box> obstacles) {
        this.bounds = new Box(0, 0, width, height);
        taken.addAll(obstacles);
    }

    /** The chosen top-left corner among {@code candidates} (each a box of the label's size); the choice is then taken. */
    Box place(List<Box> candidates) {
        Box best = null;
        double bestScore = Double.MAX_VALUE;
        for (Box c : candidates) {
            // past the edge is worse than covering: a cut label cannot be read at all
            double score = 2 * c.outside(bounds);
            for (Box t : taken) {
                score += c.overlap(t);
            }
            if (score < bestScore) {
                best = c;
                bestScore = score;
                if (score == 0) {
                    break;
                }
            }
        }
        if (best != null) {
            taken.add(best);
        }
        return best;
    }

    /** Places beside a node symbol at ({@code x}, {@code y}) of half-size {@code r}: right, left, below, above. */
    static List<Box> besideNode(double x, double y, double r, double w, double h) {
        double gap = r + 1;
        return List.of(new Box(x + gap, y - h / 2, w, h), new Box(x - gap - w, y - h / 2, w, h),
                new Box(x - w / 2, y + gap, w, h), new Box(x - w / 2, y - gap - h, w, h));
    }

    /**
     * Places along a route from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}): beside its
     * middle first, then nearer either end, each on four sides of the point; then farther from the
     * middle, for a route too short to hold its label.
     */
    static List<Box> alongRoute(double x1, double y1, double x2, double y2, double w, double h) {
        List<Box> out = new ArrayList<>();
        for (double t : new double[] {0.5, 0.35, 0.65, 0.2, 0.8}) {
            double mx = x1 + (x2 - x1) * t;
            double my = y1 + (y2 - y1) * t;
            out.add(new Box(mx + 4, my - h / 2, w, h));
            out.add(new Box(mx - 4 - w, my - h / 2, w, h));
            out.add(new Box(mx - w / 2, my + 4, w, h));
            out.add(new Box(mx - w / 2, my - 4 - h, w, h));
        }
        // a short route (a node beside the ship-to) leaves no room at its middle: step away from it
        double mx = (x1 + x2) / 2;
        double my = (y1 + y2) / 2;
        for (double d : new double[] {16, 32, 56}) {
            out.add(new Box(mx - w / 2, my + d, w, h));
            out.add(new Box(mx - w / 2, my - d - h, w, h));
            out.add(new Box(mx + d, my - h / 2, w, h));
            out.add(new Box(mx - d - w, my - h / 2, w, h));
        }
        return out;
    }
}
