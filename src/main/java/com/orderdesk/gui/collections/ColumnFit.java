package com.orderdesk.gui.collections;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Shows a table's columns in order of usefulness while they fit its width and hides the rest, so
 * a laptop screen (1366 px) shows whole columns instead of cut ones; a wider window shows them all.
 * The table's menu button (top right) lists every column, hidden ones too, to bring one back.
 * One column (the name) counts at its floor width here: it takes the room the shown ones leave
 * ({@link com.orderdesk.gui.common.ColumnFit#fill}).
 */
final class ColumnFit {
    /** Room kept for the vertical scroll bar and the menu button. */
    static final double CHROME = 24;

    private ColumnFit() {
    }

    /**
     * {@code byPriority}: the table's columns, most useful first (the first is always shown);
     * {@code flex} counts at {@code flexFloor}, whatever width the fill gives it. The columns are
     * chosen again when the table's width or another column's preferred width (its values) changes.
     */
    static <S> void apply(TableView<S> table, List<TableColumn<S, ?>> byPriority, TableColumn<S, ?> flex, double flexFloor) {
        table.setTableMenuButtonVisible(true);
        InvalidationListener fit = obs -> fit(byPriority, table.getWidth(), flex, flexFloor);
        table.widthProperty().addListener(fit);
        byPriority.stream().filter(c -> c != flex).forEach(c -> c.prefWidthProperty().addListener(fit));
        fit.invalidated(null);
    }

    /** The columns shown at {@code width}: in priority order while their preferred widths fit. */
    static <S> void fit(List<TableColumn<S, ?>> byPriority, double width, TableColumn<S, ?> flex, double flexFloor) {
        if (width <= 0) {
            return;
        }
        double room = width - CHROME;
        double used = 0;
        for (int i = 0; i < byPriority.size(); i++) {
            TableColumn<S, ?> c = byPriority.get(i);
            double w = c == flex ? flexFloor : c.getPrefWidth();
            boolean fits = i == 0 || used + w <= room;
            c.setVisible(fits);
            if (fits) {
                used += w;
            }
        }
    }
}
