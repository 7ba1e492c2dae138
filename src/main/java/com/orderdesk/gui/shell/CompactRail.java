package com.orderdesk.gui.shell;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Tightens the navigation rail when its buttons do not fit the window's height: on a 1366 x 768
 * laptop an AR clerk's or an administrator's dozen work areas overflowed the rail and it scrolled,
 * so the last areas were out of sight. Compact buttons (less padding, smaller icons, labels kept)
 * fit about a quarter more; the rail still scrolls when even they do not fit.
 *
 * <p>The rail goes back to its roomy look only once the room reaches the height it needed when it
 * stopped fitting: deciding from the compact rail's own height would flip the look back and forth.
 */
final class CompactRail {
    static final String COMPACT = "compact";

    private final ScrollPane scroll;
    private final VBox rail;
    private double roomyHeight = Double.NaN;

    private CompactRail(ScrollPane scroll, VBox rail) {
        this.scroll = scroll;
        this.rail = rail;
    }

    static void install(ScrollPane scroll, VBox rail) {
        CompactRail fit = new CompactRail(scroll, rail);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> fit.fit());
        scroll.heightProperty().addListener((obs, old, now) -> fit.fit());
    }

    private void fit() {
        double room = scroll.getHeight();
        if (room <= 0 || rail.getWidth() <= 0 || rail.getChildren().isEmpty()) {
            return; // not laid out yet: a rail of no width wraps every label and would seem far too tall
        }
        if (!rail.getStyleClass().contains(COMPACT)) {
            double needed = rail.prefHeight(rail.getWidth());
            if (needed > room + 0.5) {
                roomyHeight = needed;
                rail.getStyleClass().add(COMPACT);
            }
        } else if (room >= roomyHeight) {
            rail.getStyleClass().remove(COMPACT);
        }
    }
}
