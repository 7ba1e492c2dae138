package com.orderdesk.gui.common;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * How tall a table must be to show its rows without a scroll bar of its own, measured on its drawn
 * header and rows (the row height comes from the theme's cell size and font). Screens use it where a
 * table got a fixed share of the window that showed a few of its rows while the window had room
 * for all of them (tour of 5 December at 1366 x 768: the routing settings' 13 nodes in 4 rows, the
 * inbox's 7 messages in 4).
 */
public final class TableHeight {
    private TableHeight() {
    }

    /**
     * The height that shows {@code rows} rows under the header (and the sideways bar, while one
     * shows), or -1 while the table has not drawn a header and a row yet.
     */
    public static double forRows(TableView<?> table, int rows) {
        Node header = table.lookup(".column-header-background");
        double row = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : rowHeight(table);
        if (!(header instanceof Region h) || h.getHeight() <= 0 || row <= 0) {
            return -1;
        }
        double bar = 0;
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()) {
                bar = b.getHeight();
            }
        }
        return Math.ceil(table.snappedTopInset() + table.snappedBottomInset() + h.getHeight() + rows * row + bar);
    }

    /**
     * Keeps {@code table} as tall as its rows: at least {@code minRows} (the height it has while empty
     * or nearly), at most {@code maxRows} (more scroll inside it). Its minimum height is set too, so
     * a scroll pane around it scrolls instead of squeezing it back.
     */
    public static void fitRows(TableView<?> table, int minRows, int maxRows) {
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs) {
                return;
            }
            int rows = Math.max(minRows, Math.min(maxRows, table.getItems() == null ? 0 : table.getItems().size()));
            double height = forRows(table, rows);
            if (height > 0 && height != table.getMinHeight()) {
                table.setMinHeight(height);
                table.setPrefHeight(height);
            }
        });
    }

    /**
     * Runs {@code action} once, after the layout pulse that draws the table's rows (new items are
     * drawn a pulse or two after they arrive, without the table itself being laid out again); not
     * at all when the table has no items then or is not shown.
     */
    public static void whenRowsDrawn(TableView<?> table, Runnable action) {
        javafx.scene.Scene scene = table.getScene();
        if (scene == null) {
            return;
        }
        boolean[] done = {false};
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (done[0]) {
                return;
            }
            boolean empty = table.getItems() == null || table.getItems().isEmpty();
            if (empty || forRows(table, 1) > 0) {
                done[0] = true;
                // not removed while the scene runs its listeners
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
                if (!empty) {
                    action.run();
                }
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /** The height of a drawn row, or -1 when none is drawn (no items yet). */
    private static double rowHeight(TableView<?> table) {
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof Region r && r.isVisible() && r.getHeight() > 0) {
                return r.getHeight();
            }
        }
        return -1;
    }
}
