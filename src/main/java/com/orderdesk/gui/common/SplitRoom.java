package com.orderdesk.gui.common;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * A side of a two-sided split pane that gets the width its content needs whole (a table's columns)
 * wherever the window has room for it beside the other side's minimum, and gives way where it has not.
 * As a fixed minimum (the apply grid's 772 px, the plan's 764) the side ran past the right edge of a
 * 1024 x 768 window with the screen's buttons; as a smaller minimum alone it lost width at 1366. The
 * divider is moved, not the minimum raised: a minimum taken at 1366 would hold the pane at that width
 * once the window is made narrower.
 */
public final class SplitRoom {
    /** A divider's width (or height, one above the other) under the application's look, with a pixel to spare. */
    public static final double DIVIDER = 7;

    private SplitRoom() {
    }

    /** Moves the divider so {@code side} (an item of {@code split}) is at least {@code wanted} px wide where the split has the room. */
    public static void keepWhereRoom(SplitPane split, Region side, double wanted) {
        keepWhereRoom(split, side, () -> wanted);
    }

    /** As {@link #keepWhereRoom(SplitPane, Region, double)}, the width wanted asked each time (columns measured after the first layout). */
    public static void keepWhereRoom(SplitPane split, Region side, java.util.function.DoubleSupplier wanted) {
        split.widthProperty().addListener(o -> fit(split, side, wanted.getAsDouble()));
    }

    /**
     * As {@link #keepWhereRoom(SplitPane, Region, java.util.function.DoubleSupplier)}, asked again also when
     * one of {@code again} changes (the rows whose widest text the side wants whole), and once more after the
     * split pane has laid out a new width: its skin shares a change of width between the sides as they were,
     * over a divider set while the width changed (the invoices' preview kept 343 px at 1366 x 768 where the
     * list asked for all but 320 of it).
     */
    public static void keepWhereRoom(SplitPane split, Region side, java.util.function.DoubleSupplier wanted,
                                     javafx.beans.Observable... again) {
        keepWhereRoom(split, side, wanted);
        boolean[] queued = {false};
        Runnable later = () -> {
            if (!queued[0]) {
                queued[0] = true;
                javafx.application.Platform.runLater(() -> {
                    queued[0] = false;
                    fit(split, side, wanted.getAsDouble());
                });
            }
        };
        split.widthProperty().addListener(o -> later.run());
        for (javafx.beans.Observable o : again) {
            o.addListener(x -> later.run());
        }
    }

    private static void fit(SplitPane split, Region side, double wanted) {
        int index = split.getItems().indexOf(side);
        double inside = StackingSplit.widthInside(split);
        if (split.getItems().size() != 2 || index < 0 || inside <= 0
                || split.getOrientation() != javafx.geometry.Orientation.HORIZONTAL) { // one above the other: width is not shared
            return;
        }
        Node other = split.getItems().get(1 - index);
        double otherMin = other instanceof Region r ? r.minWidth(-1) : 0;
        double width = Math.max(side.minWidth(-1), Math.min(wanted, inside - otherMin - DIVIDER));
        double position = split.getDividerPositions()[0];
        if ((index == 1 ? 1 - position : position) * inside >= width + DIVIDER) {
            return; // wider already (a wide window, or a divider the person dragged)
        }
        double share = Math.min(1, (width + DIVIDER) / inside);
        split.setDividerPosition(0, index == 1 ? 1 - share : share);
    }
}
