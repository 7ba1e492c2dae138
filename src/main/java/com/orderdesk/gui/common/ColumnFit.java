package com.orderdesk.gui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Fits a table's columns to the room the window gives it, so that no text is cut while room
 * lies unused beside it (UX.md: nothing cut at 1366 px). Two ways:
 * <ul>
 *   <li>{@link #fill}: one column (a name, a description) takes the room the others leave, instead
 *       of an empty filler column at the right; it never gets narrower than its own width;</li>
 *   <li>{@link #wholeOnly}: in a narrow pane, the columns that would show cut at the right edge
 *       (a sliver such as "S") are hidden; they come back when the pane is widened.</li>
 * </ul>
 * Widths set here come from the layout, so {@link TablePrefs} does not store them.
 */
public final class ColumnFit {
    /** A vertical scroll bar's width before the table is drawn (the application's look draws it about 8 px wide). */
    static final double SCROLL_BAR = 10;

    private ColumnFit() {
    }

    /** Lets {@code flex} take the width the other visible columns of {@code table} leave. */
    public static <S> void fill(TableView<S> table, TableColumn<S, ?> flex) {
        double[] base = {flex.getPrefWidth()};
        boolean[] setting = {false};
        flex.prefWidthProperty().addListener((obs, old, w) -> {
            if (!setting[0]) {
                base[0] = w.doubleValue(); // a person's drag, or a restored width: the new floor
            }
        });
        InvalidationListener fit = obs -> {
            if (table.getWidth() <= 0) {
                return;
            }
            double others = 0;
            for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
                if (c != flex) {
                    others += c.getWidth();
                }
            }
            double width = Math.max(base[0], Math.floor(room(table) - others));
            if (width != flex.getPrefWidth()) {
                setting[0] = true;
                flex.setPrefWidth(width);
                setting[0] = false;
            }
        };
        table.widthProperty().addListener(fit);
        for (TableColumn<S, ?> c : table.getColumns()) {
            if (c != flex) {
                c.widthProperty().addListener(fit);
                c.visibleProperty().addListener(fit);
            }
        }
    }

    /**
     * Lets {@code flex} take the width that makes the columns up to {@code last} end at the table's
     * right edge; the columns after it stay a sideways scroll away instead of showing a sliver of
     * their first letter at the edge (the invoices' Date beside the preview at 1366 px). {@code flex}
     * never gets narrower than its own width.
     */
    public static <S> void fillUpTo(TableView<S> table, TableColumn<S, ?> flex, TableColumn<S, ?> last) {
        double[] base = {flex.getPrefWidth()};
        boolean[] setting = {false};
        flex.prefWidthProperty().addListener((obs, old, w) -> {
            if (!setting[0]) {
                base[0] = w.doubleValue();
            }
        });
        InvalidationListener fit = obs -> {
            if (table.getWidth() <= 0 || !table.getVisibleLeafColumns().contains(last)) {
                return;
            }
            double others = 0;
            for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
                if (c != flex) {
                    others += c.getWidth();
                }
                if (c == last) {
                    break;
                }
            }
            double width = Math.max(base[0], Math.floor(room(table) - others));
            if (width != flex.getPrefWidth()) {
                setting[0] = true;
                flex.setPrefWidth(width);
                setting[0] = false;
            }
        };
        table.widthProperty().addListener(fit);
        table.getVisibleLeafColumns().addListener(fit);
        for (TableColumn<S, ?> c : table.getColumns()) {
            if (c != flex) {
                c.widthProperty().addListener(fit);
            }
        }
    }

    /** Shows {@code column}'s text on one line, shortened where it must be, and whole in its tooltip. */
    public static <S> void oneLine(TableColumn<S, String> column) {
        column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
    }

    /**
     * Lets {@code column}'s text wrap onto a second line (the row grows) where it would be cut: a
     * product's description or a customer's name longer than any width the table can give.
     */
    public static <S> void wrap(TableColumn<S, String> column) {
        column.setCellFactory(col -> new Wrapping<>());
    }

    /** A cell whose text wraps within its column's width (whole in its tooltip too). */
    public static final class Wrapping<S> extends javafx.scene.control.TableCell<S, String> {
        public Wrapping() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
        }

        // the row asks its cells for their height without a width (-1), which a label answers with
        // its text on one line: the column's width is the width the text wraps in
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width);
        }
    }

    /** Hides the trailing columns of {@code table} that would not show whole in its width. */
    public static void wholeOnly(TableView<?> table) {
        InvalidationListener fit = obs -> {
            if (table.getWidth() <= 0) {
                return;
            }
            // the bar's node is wider than the application's look draws it (20 px against some 8): a
            // column that would end under the bar's node but left of the drawn bar reads whole
            double room = room(table) + Math.max(0, barWidth(table) - SCROLL_BAR);
            double used = 0;
            boolean fits = true;
            for (TableColumn<?, ?> c : table.getColumns()) {
                used += c.getPrefWidth();
                fits = fits && used <= room;
                c.setVisible(fits);
            }
        };
        table.widthProperty().addListener(fit);
        for (TableColumn<?, ?> c : table.getColumns()) {
            c.prefWidthProperty().addListener(fit);
        }
    }

    /**
     * The width columns may fill without a sideways bar: inside the table's border, less a vertical
     * scroll bar (reserved even while the rows fit, so that widths do not jump when a row is added).
     */
    static double room(TableView<?> table) {
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - barWidth(table);
    }

    private static double barWidth(TableView<?> table) {
        double bar = SCROLL_BAR;
        for (javafx.scene.Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.VERTICAL
                    && b.isVisible() && b.getWidth() > 0) {
                // a hidden bar keeps a width it does not take (about 20 px): only a shown one counts
                bar = b.getWidth();
            }
        }
        return bar;
    }
}
