package com.orderdesk.gui.common;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/**
 * A two-sided split pane with its sides beside each other where the window is wide enough for both whole
 * (1366 x 768), one above the other where it is not (1024 x 768, some 884 px beside the rail). Beside each other
 * at 1024 the sides were squeezed past use (the cash desk's list and apply grid scrolled sideways, the dashboard
 * ran past the window's edge with its Export CSV button); one above the other, each has the whole width.
 * Where a side only needs more width and the window has it, {@link SplitRoom} moves the divider instead.
 */
public final class StackingSplit {

    /** What a screen does when its split has just turned: set the divider, arrange a side for its new shape. */
    @FunctionalInterface
    public interface Turned {
        void turned(boolean oneAboveTheOther);
    }

    private StackingSplit() {
    }

    /**
     * Keeps {@code split} horizontal from {@code besideFrom} px inside it, vertical below, the divider set to
     * the first side's share for each: {@code firstBeside} as the FXML has it, {@code firstAbove} stacked.
     */
    public static void stackBelow(SplitPane split, double besideFrom, double firstBeside, double firstAbove) {
        stackBelow(split, besideFrom, above -> split.setDividerPositions(above ? firstAbove : firstBeside));
    }

    /** As {@link #stackBelow(SplitPane, double, double, double)}, {@code turned} told each time the orientation changes. */
    public static void stackBelow(SplitPane split, double besideFrom, Turned turned) {
        // beside each other, a split's own minimum is its two sides' minimums added up; a window narrower than
        // that would never give the split less, so it would never stack and the screen would run past the window
        split.setMinWidth(0);
        split.widthProperty().addListener(o -> arrange(split, besideFrom, turned));
    }

    /** The split's width less its insets: what its sides and divider share. */
    public static double widthInside(SplitPane split) {
        return split.getWidth() - split.snappedLeftInset() - split.snappedRightInset();
    }

    private static void arrange(SplitPane split, double besideFrom, Turned turned) {
        double inside = widthInside(split);
        if (inside <= 0) {
            return; // not laid out yet: its width says nothing of the window's
        }
        Orientation wanted = inside < besideFrom ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (wanted != split.getOrientation()) {
            split.setOrientation(wanted);
            turned.turned(wanted == Orientation.VERTICAL);
        }
    }
}
