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
 * once the window is made narrower. A divider moved for the side is given back once the window is wide
 * enough again (the share it had, from the FXML or the person, gives the side what it wants): left where
 * the skin shared the new width out, half to each side, the order entry's lines came back from 1024 to
 * 1366 34 px narrower than they were (layout18). A person's drag of the divider stands.
 */
public final class SplitRoom {
    /** A divider's width (or height, one above the other) under the application's look, with a pixel to spare. */
    public static final double DIVIDER = 7;

    private SplitRoom() {
    }

    /** Moves the divider so {@code side} (an item of {@code split}) is at least {@code wanted} px wide where the split has the room. */
    public static void keepWhereRoom(SplitPane split, Region side, double wanted) {
        keep(split, side, () -> wanted, true);
    }

    /** As {@link #keepWhereRoom(SplitPane, Region, double)}, the width wanted asked each time (columns measured after the first layout). */
    public static void keepWhereRoom(SplitPane split, Region side, java.util.function.DoubleSupplier wanted) {
        split.getProperties().put(NO_GIVING_BACK, Boolean.TRUE);
        split.widthProperty().addListener(o -> fit(split, side, wanted.getAsDouble(), false));
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
        keep(split, side, wanted, false, again);
    }

    /**
     * {@code giveBack}: a divider moved is given back where the window has room again. Only for a fixed width wanted:
     * one measured from columns that change with the width (the invoices' list) was asked while its columns were
     * still narrow, and the divider given back took the room the list then asked for again from the other side.
     */
    private static void keep(SplitPane split, Region side, java.util.function.DoubleSupplier wanted, boolean giveBack,
                             javafx.beans.Observable... again) {
        if (!giveBack) {
            split.getProperties().put(NO_GIVING_BACK, Boolean.TRUE);
        }
        split.widthProperty().addListener(o -> fit(split, side, wanted.getAsDouble(), false));
        // a person who drags the divider chooses its place: nothing moved is given back over it
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    split.getProperties().remove(GIVEN_BACK);
                    return;
                }
            }
        });
        boolean[] queued = {false};
        Runnable later = () -> {
            if (!queued[0]) {
                queued[0] = true;
                javafx.application.Platform.runLater(() -> {
                    queued[0] = false;
                    fit(split, side, wanted.getAsDouble(), true);
                });
            }
        };
        split.widthProperty().addListener(o -> later.run());
        for (javafx.beans.Observable o : again) {
            o.addListener(x -> later.run());
        }
    }

    /** The key under which a split keeps the divider's place from before this moved it (its side's share). */
    private static final Object GIVEN_BACK = new Object();
    /** The key that marks a split whose divider is not given back. */
    private static final Object NO_GIVING_BACK = new Object();

    /**
     * Gives {@code side} the width wanted where the split has it. {@code settled}: called after the skin laid the new
     * width out; only then is a divider given back for good (set while the width changed, the skin shares it out again).
     */
    private static void fit(SplitPane split, Region side, double wanted, boolean settled) {
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
        double now = index == 1 ? 1 - position : position;
        if (split.getProperties().get(GIVEN_BACK) instanceof Double before) {
            if (before * inside >= width + DIVIDER) { // the window has room again for the side at its own share
                if (settled) {
                    split.getProperties().remove(GIVEN_BACK);
                }
                split.setDividerPosition(0, index == 1 ? 1 - before : before);
                return;
            }
        }
        if (now * inside >= width + DIVIDER) {
            return; // wider already (a wide window, or a divider the person dragged)
        }
        if (!split.getProperties().containsKey(NO_GIVING_BACK)) {
            split.getProperties().putIfAbsent(GIVEN_BACK, now);
        }
        double share = Math.min(1, (width + DIVIDER) / inside);
        split.setDividerPosition(0, index == 1 ? 1 - share : share);
    }
}
