package com.orderdesk.gui.invoicing;

import javafx.animation.PauseTransition;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The preview's larger page (its toggle button, Alt+Z). Beside the list at 1024 x 768 the preview keeps its 170 px
 * so the list shows its columns up to the total, and the page, at its least zoom of 50 %, was some 306 px wide and
 * cut at the pane's edge: not readable (layout18, 7 December). Pressed, the preview takes {@link #READING} px, where
 * the page fitted to its width is some 500 px (a zoom of about 0.82: the invoice's lines read at a glance); the list
 * keeps the rest, its numbers and customers' names, to move through with the keys while the page follows. Pressed
 * again, the list gets back the room it had. A clerk scans and works the list most of the day and reads a
 * page when a customer asks about it: the list stays the default, the page is one key away, both ways.
 * At 1366 x 768 the same (there the list beside the larger page still shows its columns up to the total).
 */
final class ReadingPreview {
    /**
     * The preview's width for the larger page: the page some 505 px inside the view's padding and scroll bar; beside it
     * at 1024 x 768 (884 px for both) the list keeps some 307 px, its least (300) and the divider.
     */
    static final double READING = 570;

    private ReadingPreview() {
    }

    static void install(ToggleButton button, javafx.scene.control.SplitPane split, Region pane, ScrollPane view, PagePreview preview) {
        double beside = pane.getMinWidth();
        // the divider where it was before the larger page, put back after it: the list as it was, not only the room its
        // columns ask (at 1024 its customers came back 75 px narrower than they were)
        double[] before = {-1};
        button.selectedProperty().addListener((o, was, reading) -> {
            if (reading) {
                before[0] = split.getDividerPositions()[0];
                pane.setMinWidth(READING);
            } else {
                pane.setMinWidth(beside);
                if (before[0] >= 0) {
                    split.setDividerPosition(0, before[0]);
                }
            }
        });
        // the page fitted to the view's width again once the view has a new width (the larger page, a new window width)
        PauseTransition settle = new PauseTransition(Duration.millis(120));
        settle.setOnFinished(e -> preview.refit());
        view.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was == null || Math.abs(was.getWidth() - now.getWidth()) >= 1) {
                settle.playFromStart();
            }
        });
    }
}
