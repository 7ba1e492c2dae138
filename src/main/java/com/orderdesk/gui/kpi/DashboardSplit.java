package com.orderdesk.gui.kpi;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/**
 * The figures and charts beside the documents behind a figure where the window is wide enough for both
 * (1366 x 768), the documents under them where not (1024 x 768). Beside each other the two asked for
 * some 1,100 px (four tiles of 190 px to a row, and the list's 280) of the 884 a 1024 window leaves: the
 * whole screen ran past the window's edge, its Export CSV button, the list and the status bar's right end
 * cut off (fin14's screenshot, 7 December). One above the other, each has the whole width.
 */
final class DashboardSplit {
    /** The split's width under which the documents go under the figures. */
    static final double BESIDE_FROM = 1100;
    /** The figures' share beside the list (as the FXML has it) and above it. */
    private static final double FIGURES_BESIDE = 0.66;
    private static final double FIGURES_ABOVE = 0.7;

    private DashboardSplit() {
    }

    /** Keeps {@code split} horizontal from {@link #BESIDE_FROM} px, vertical below. */
    static void stackWhereNarrow(SplitPane split) {
        // the split's own minimum would be the two sides' beside each other, and a window narrower than that
        // would never give the split less: the screen would run past the window as before
        split.setMinWidth(0);
        split.widthProperty().addListener(o -> arrange(split));
    }

    private static void arrange(SplitPane split) {
        double inside = split.getWidth() - split.snappedLeftInset() - split.snappedRightInset();
        if (inside <= 0) {
            return;
        }
        Orientation wanted = inside < BESIDE_FROM ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (wanted != split.getOrientation()) {
            split.setOrientation(wanted);
            split.setDividerPositions(wanted == Orientation.VERTICAL ? FIGURES_ABOVE : FIGURES_BESIDE);
        }
    }
}
