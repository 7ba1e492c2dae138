package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.SplitRoom;
import com.orderdesk.gui.common.StackingSplit;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The cash desk's payment list beside the payment's detail where the window is wide enough for both
 * whole (1366 x 768), above it where not (1024 x 768), through {@link StackingSplit}. Beside each other at 1024
 * the list's columns and the apply grid's asked some 1,030 px of the 884 there: the list scrolled sideways past
 * its Amount, and the grid past its Deduction and Reason (tour of 7 December). What is the desk's own: one above
 * the other the detail is compact ({@link CompactDetail}), and the divider follows the detail's height. At its full
 * size the detail took some 470 of the 600 px and left the list one or two payments (the lead's look, 7 December);
 * a clerk works down a day of 100+ payments.
 */
final class DeskSplit {
    /** The split's width under which the two sides go one above the other: the list's ~400 px beside the grid's ~700. */
    static final double BESIDE_FROM = 1100;
    /** The list's share beside the detail (as the FXML has it). */
    private static final double LIST_BESIDE = 0.38;

    private DeskSplit() {
    }

    /**
     * Keeps {@code split} (the list, then the detail's scroll pane, which holds {@code detail})
     * horizontal from {@link #BESIDE_FROM} px, vertical below.
     */
    static void stackWhereNarrow(SplitPane split, Region detail) {
        StackingSplit.stackBelow(split, BESIDE_FROM, above -> {
            CompactDetail.arrange(detail, above);
            if (above) {
                placeDivider(split, detail);
            } else {
                split.setDividerPositions(LIST_BESIDE);
            }
        });
        InvalidationListener again = o -> {
            if (split.getOrientation() == Orientation.VERTICAL) {
                placeDivider(split, detail);
            }
        };
        split.heightProperty().addListener(again);
        // the detail's parts that take the height they need (all but the apply grid, which takes the rest): a payment
        // whose facts wrap to more lines, or problems listed under Post, move the divider so Post stays in view
        if (detail instanceof Pane pane) {
            pane.getChildren().stream().filter(n -> !n.getStyleClass().contains("apply-grid"))
                    .forEach(n -> n.layoutBoundsProperty().addListener(again));
        }
    }

    /** Above the detail, the list has the height the detail leaves when it shows whole, down to a few rows. */
    private static void placeDivider(SplitPane split, Region detail) {
        double inside = split.getHeight() - split.snappedTopInset() - split.snappedBottomInset();
        if (inside <= 0) {
            return;
        }
        double detailHeight = detail.minHeight(StackingSplit.widthInside(split)) + 2; // and the scroll pane's border
        double share = Math.max(0.2, Math.min(0.5, 1 - (detailHeight + SplitRoom.DIVIDER) / inside));
        if (Math.abs(split.getDividerPositions()[0] - share) * inside >= 1) {
            split.setDividerPositions(share);
        }
    }
}
