package com.orderdesk.gui.collections;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Shows a table's columns in order of usefulness while they fit its width and hides the rest, so
 * a laptop screen (1366 px) shows whole columns instead of cut ones; a wider window shows them all.
 * The table's menu button (top right) lists every column, hidden ones too, to bring one back.
 */
final class ColumnFit {
    /** Room kept for the vertical scroll bar and the menu button. */
    static final double CHROME = 24;

    private ColumnFit() {
    }

    /** {@code byPriority}: the table's columns, most useful first (the first is always shown). */
    static <S> void apply(TableView<S> table, List<TableColumn<S, ?>> byPriority) {
        table.setTableMenuButtonVisible(true);
        table.widthProperty().addListener((o, a, b) -> fit(byPriority, b.doubleValue()));
        fit(byPriority, table.getWidth());
    }

    /** The columns shown at {@code width}: in priority order while their preferred widths fit. */
    static <S> void fit(List<TableColumn<S, ?>> byPriority, double width) {
        if (width <= 0) {
            return;
        }
        double room = width - CHROME;
        double used = 0;
        for (int i = 0; i < byPriority.size(); i++) {
            TableColumn<S, ?> c = byPriority.get(i);
            boolean fits = i == 0 || used + c.getPrefWidth() <= room;
            c.setVisible(fits);
            if (fits) {
                used += c.getPrefWidth();
            }
        }
    }
}
