package com.orderdesk.gui.common;

import javafx.scene.Node;
import javafx.scene.paint.Color;

/**
 * WCAG 2 contrast of what a screen draws: the ratio of two colours' relative luminance (4.5:1 for
 * text, 3:1 for lines and symbols), with a translucent colour or a node drawn at part opacity first
 * laid over what lies beneath it, as the eye sees it.
 */
public final class Contrast {
    private Contrast() {
    }

    /** The contrast ratio of two opaque colours, from 1 (none) to 21 (black on white). */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG's relative luminance, 0 (black) to 1 (white). */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** {@code top} (with its own alpha, times {@code opacity}) laid over the opaque {@code under}. */
    public static Color over(Color top, Color under, double opacity) {
        double a = top.getOpacity() * opacity;
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    /** {@code top} with its own alpha laid over the opaque {@code under}. */
    public static Color over(Color top, Color under) {
        return over(top, under, 1);
    }

    /** The opacity {@code node} is drawn at: its own times that of each node it lies in. */
    public static double drawnOpacity(Node node) {
        double o = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            o *= n.getOpacity();
        }
        return o;
    }
}
