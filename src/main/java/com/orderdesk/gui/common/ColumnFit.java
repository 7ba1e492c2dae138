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
    private ColumnFit() {
    }

    /** Lets {@code flex} take the width the other visible columns of {@code table} leave. */
    public static <S> void fill(TableView<S> table, TableColumn<S, ?> flex) {
        share(table, java.util.List.of(flex));
    }

    /**
     * Shares the width the other visible columns of {@code table} leave evenly among {@code flex}:
     * a grid of like columns (the rate card's prices) widens them all instead of one (a "Per kg
     * above" as wide as four prices, tour of 5 December). Each keeps at least its own width.
     */
    public static <S> void share(TableView<S> table, java.util.List<? extends TableColumn<S, ?>> flex) {
        double[] base = new double[flex.size()];
        boolean[] setting = {false};
        for (int i = 0; i < flex.size(); i++) {
            int at = i;
            base[at] = flex.get(at).getPrefWidth();
            flex.get(at).prefWidthProperty().addListener((obs, old, w) -> {
                if (!setting[0]) {
                    base[at] = w.doubleValue(); // a person's drag, or a restored width: the new floor
                }
            });
        }
        InvalidationListener fit = obs -> {
            if (table.getWidth() <= 0) {
                return;
            }
            double others = 0;
            for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
                if (!flex.contains(c)) {
                    others += c.getWidth();
                }
            }
            double spare = room(table) - others;
            for (int i = 0; i < flex.size(); i++) {
                spare -= base[i];
            }
            double each = Math.max(0, Math.floor(spare / flex.size()));
            setting[0] = true;
            for (int i = 0; i < flex.size(); i++) {
                if (base[i] + each != flex.get(i).getPrefWidth()) {
                    flex.get(i).setPrefWidth(base[i] + each);
                }
            }
            setting[0] = false;
        };
        table.widthProperty().addListener(fit);
        Bar.of(table).refit(fit);
        for (TableColumn<S, ?> c : table.getColumns()) {
            if (!flex.contains(c)) {
                c.widthProperty().addListener(fit);
                c.visibleProperty().addListener(fit);
            }
        }
    }

    /**
     * Lets {@code flex} take the width that makes the columns up to {@code last} end at the table's
     * right edge. A column after {@code last} shows only where it fits whole with {@code flex} keeping
     * {@code kept} px (a person drags the list wider), and {@code flex} then ends the last one shown at
     * the edge; else it is hidden: a sliver of its first letter at the edge (the invoices' Date beside the
     * preview), and later a sideways scroll bar under the list for columns beyond it, read badly at 1366
     * px. {@code flex} never gets narrower than its own width.
     */
    public static <S> void fillUpTo(TableView<S> table, TableColumn<S, ?> flex, TableColumn<S, ?> last, double kept) {
        double[] base = {flex.getPrefWidth()};
        boolean[] setting = {false};
        flex.prefWidthProperty().addListener((obs, old, w) -> {
            if (!setting[0]) {
                base[0] = w.doubleValue();
            }
        });
        InvalidationListener fit = obs -> {
            if (table.getWidth() <= 0 || !table.getColumns().contains(last) || setting[0]) {
                return;
            }
            double room = room(table);
            double others = 0;
            java.util.List<TableColumn<S, ?>> after = new java.util.ArrayList<>();
            boolean past = false;
            for (TableColumn<S, ?> c : table.getColumns()) {
                if (past) {
                    after.add(c);
                } else if (c != flex && c.isVisible()) {
                    others += c.getWidth();
                }
                past = past || c == last;
            }
            setting[0] = true;
            double used = others + Math.max(base[0], kept);
            boolean fits = true;
            for (TableColumn<S, ?> c : after) {
                fits = fits && used + c.getPrefWidth() <= room;
                if (fits) {
                    used += c.getPrefWidth();
                    others += c.getPrefWidth();
                }
                c.setVisible(fits);
            }
            double width = Math.max(base[0], Math.floor(room - others));
            if (width != flex.getPrefWidth()) {
                flex.setPrefWidth(width);
            }
            setting[0] = false;
        };
        table.widthProperty().addListener(fit);
        Bar.of(table).refit(fit);
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
                CellTip.show(this, empty ? null : text);
            }
        });
    }

    /**
     * A tooltip with {@code text} whole, wrapped at {@link #TOOLTIP_WIDTH}: on one line a long sentence (an inbox
     * message's reasons) ran past the screen's edge, cut there as in the cell (tour).
     */
    public static javafx.scene.control.Tooltip wholeText(String text) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
        return tip;
    }

    /** The widest a cell's tooltip gets before it wraps: well inside a 1024 px screen. */
    public static final double TOOLTIP_WIDTH = 520;

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
            CellTip.show(this, empty ? null : text);
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
            double room = room(table);
            double used = 0;
            boolean fits = true;
            for (TableColumn<?, ?> c : table.getColumns()) {
                used += c.getPrefWidth();
                fits = fits && used <= room;
                c.setVisible(fits);
            }
        };
        table.widthProperty().addListener(fit);
        Bar.of(table).refit(fit);
        for (TableColumn<?, ?> c : table.getColumns()) {
            c.prefWidthProperty().addListener(fit);
        }
    }

    /**
     * Where the columns of {@code table} would not all show whole in its width, hides those of {@code givingWay},
     * in that order, until the rest do; they show again when the table widens. For a table whose other columns are
     * what its user must read whole, where sharing the width among all of them cut every one.
     */
    public static void giveWay(TableView<?> table, java.util.List<? extends TableColumn<?, ?>> givingWay) {
        giveWay(table, givingWay, null, 0);
    }

    /**
     * As {@link #giveWay(TableView, java.util.List)} for a table one of whose columns, {@code flex}, takes the room the
     * others leave ({@link #fill}): it counts at its {@code least} width, not the width the room gave it (else the
     * columns hidden would never come back once it had taken their room).
     */
    public static void giveWay(TableView<?> table, java.util.List<? extends TableColumn<?, ?>> givingWay,
                               TableColumn<?, ?> flex, double least) {
        InvalidationListener fit = obs -> {
            if (table.getWidth() <= 0) {
                return;
            }
            double room = room(table);
            double used = table.getColumns().stream().mapToDouble(c -> c == flex ? least : c.getPrefWidth()).sum();
            for (TableColumn<?, ?> c : givingWay) {
                boolean hidden = used > room;
                c.setVisible(!hidden);
                if (hidden) {
                    used -= c.getPrefWidth();
                }
            }
        };
        table.widthProperty().addListener(fit);
        Bar.of(table).refit(fit);
        // not the flex's own width: the fill sets it from the columns shown, and a hide told back into the fill
        // while it set it took the width set for the flex's own (its nodes kept 182 px at 1024, the costs past the edge)
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c == flex) {
                continue;
            }
            c.prefWidthProperty().addListener(fit);
        }
    }

    /**
     * The width columns may fill without a sideways bar: inside the table's border, less the
     * vertical scroll bar's real width while it shows (none while the rows fit; see {@link Bar}).
     * A table with its column menu button keeps at least the button's width: the button lies over
     * the header's right end, above the bar while one shows, else over the last column's title.
     */
    static double room(TableView<?> table) {
        double right = Bar.of(table).width();
        if (table.isTableMenuButtonVisible()
                && table.lookup(".show-hide-columns-button") instanceof javafx.scene.layout.Region button) {
            right = Math.max(right, button.getWidth());
        }
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - right;
    }

    /**
     * The table's vertical scroll bar, found in its skin's VirtualFlow, and what a fit needs of it:
     * its width while it shows, and a second fit when it comes or goes (rows added or removed, the
     * table made taller). A fit could bring the bar back and forth (a column that widens without the
     * bar makes rows that need it): when the bar flips back while the table's size and row count
     * stay as they were at its last flip, its room stays reserved until one of them changes.
     */
    static final class Bar {
        private final TableView<?> table;
        private final java.util.List<InvalidationListener> fits = new java.util.ArrayList<>();
        private javafx.scene.control.ScrollBar bar;
        private boolean shown;
        private boolean reserved;
        private java.util.List<Double> lastFlip;

        private Bar(TableView<?> table) {
            this.table = table;
            table.skinProperty().addListener(obs -> find());
            find();
        }

        /** The table's one watcher, shared by its fits. */
        static Bar of(TableView<?> table) {
            return (Bar) table.getProperties().computeIfAbsent(Bar.class, k -> new Bar(table));
        }

        /** Runs {@code fit} again when the bar comes, goes or changes width. */
        void refit(InvalidationListener fit) {
            fits.add(fit);
        }

        /** The width the bar takes from the columns: its drawn width while shown (or reserved), else none. */
        double width() {
            if (bar == null || !(shown || reserved)) {
                return 0;
            }
            return bar.getWidth() > 0 ? bar.getWidth() : bar.prefWidth(-1);
        }

        private void find() {
            if (bar != null || table.getSkin() == null) {
                return;
            }
            // the skin's VirtualFlow holds the bars as its own children (not in its clipped cells)
            for (javafx.scene.Node n : table.lookupAll(".virtual-flow")) {
                if (n instanceof javafx.scene.Parent flow) {
                    for (javafx.scene.Node c : flow.getChildrenUnmodifiable()) {
                        if (c instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                            bar = b;
                        }
                    }
                }
            }
            if (bar != null) {
                shown = bar.isVisible();
                bar.visibleProperty().addListener(obs -> flipped());
                bar.widthProperty().addListener(obs -> {
                    if (shown || reserved) {
                        refitAll();
                    }
                });
            }
        }

        private void flipped() {
            shown = bar.isVisible();
            java.util.List<Double> now = java.util.List.of(table.getWidth(), table.getHeight(), (double) (table.getItems() == null ? 0 : table.getItems().size()));
            boolean wasReserved = reserved;
            reserved = now.equals(lastFlip) ? reserved || !shown : false;
            lastFlip = now;
            if (reserved && wasReserved) {
                return; // the room is already the bar's: nothing to fit again
            }
            refitAll();
        }

        private void refitAll() {
            for (InvalidationListener fit : fits) {
                fit.invalidated(bar.visibleProperty());
            }
        }
    }
}
