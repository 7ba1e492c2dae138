package com.orderdesk.gui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Sizes a table's short columns (a number, an amount, a status chip) to the widest value the table
 * shows and its title, as a double click on a header border does, each time its rows change: a width
 * set for the widest value there could ever be leaves room unused on most days, room a name beside
 * it needs ({@link ColumnFit#fill} gives that column what these leave). Tour of 6 December: the
 * cash desk's payer names were cut after 15 letters beside an amount column a quarter empty.
 */
public final class ContentWidth {
    /** What JavaFX's cells read to report their text's width instead of their column's. */
    private static final String OWN_WIDTH = "deferToParentPrefWidth";

    private ContentWidth() {
    }

    /** Keeps each of {@code columns} as wide as its widest cell or its title, whichever is wider. */
    public static <S> void fit(TableView<S> table, List<? extends TableColumn<S, ?>> columns) {
        boolean[] queued = {false};
        Runnable[] refit = new Runnable[1];
        Runnable again = () -> {
            if (queued[0]) {
                return;
            }
            queued[0] = true;
            // after the change is drawn: the header and the cells have their style by then
            Platform.runLater(() -> {
                queued[0] = false;
                columns.forEach(c -> measure(table, c, refit[0]));
            });
        };
        refit[0] = again;
        ListChangeListener<S> changed = change -> again.run();
        // an invalidation listener, not a change listener: an empty list replaced by another empty
        // list (a screen's filtered list before its rows come) is "equal", and no change is told
        @SuppressWarnings("unchecked")
        ObservableList<S>[] watched = new ObservableList[] {table.getItems()};
        if (watched[0] != null) {
            watched[0].addListener(changed);
        }
        table.itemsProperty().addListener(obs -> {
            if (watched[0] != null) {
                watched[0].removeListener(changed);
            }
            watched[0] = table.getItems();
            if (watched[0] != null) {
                watched[0].addListener(changed);
            }
            again.run();
        });
        table.skinProperty().addListener(obs -> again.run());
        // a column shown or hidden rebuilds the header's labels, and a new label has no font listener
        // yet: a look changed after that was missed ("Days (31 px)" in a clean-clone CI run)
        table.getVisibleLeafColumns().addListener((javafx.beans.InvalidationListener) obs -> again.run());
    }

    /**
     * Keeps {@code column} as wide as its title and the widest of {@code values} (every value it can
     * show), measured when the table is drawn and again only when its look changes, never as its rows
     * change: a width that follows the rows moved the columns to its right each time a filter changed
     * (the invoices' Status, tour of 6 December).
     */
    public static <S, T> void fitWidest(TableView<S> table, TableColumn<S, T> column, List<S> values) {
        // the values in a table of their own, never shown: its column makes the same cells of them
        TableView<S> stand = new TableView<>(javafx.collections.FXCollections.observableArrayList(values));
        TableColumn<S, T> standColumn = new TableColumn<>(column.getText());
        standColumn.setCellValueFactory(column.getCellValueFactory());
        standColumn.setCellFactory(column.getCellFactory());
        stand.getColumns().add(standColumn);
        boolean[] queued = {false};
        Runnable[] refit = new Runnable[1];
        refit[0] = () -> {
            if (!queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    measure(table, column, refit[0], stand, standColumn);
                });
            }
        };
        table.skinProperty().addListener(obs -> refit[0].run());
        table.getVisibleLeafColumns().addListener((javafx.beans.InvalidationListener) obs -> refit[0].run());
        refit[0].run();
    }

    /**
     * The width {@code column} needs for its title and its widest cell over the table's rows, as {@link #fit}
     * would set it, without setting it: 0 while the table has no skin, -1 while the column is shown but its header
     * not built yet (ask again after the next layout). For a table that narrows its columns only where its pane is narrow.
     */
    public static <S, T> double needed(TableView<S> table, TableColumn<S, T> column) {
        if (!(table.getSkin() instanceof SkinBase<?> skin) || column.getCellFactory() == null) {
            return 0;
        }
        double width = titleWidth(table, column, () -> { });
        if (width < 0) {
            return -1;
        }
        if (table.getItems() != null && !table.getItems().isEmpty()) {
            width = Math.max(width, widestCell(table, column, skin));
        }
        return Math.ceil(width);
    }

    private static <S, T> void measure(TableView<S> table, TableColumn<S, T> column, Runnable refit) {
        measure(table, column, refit, table, column);
    }

    /** Sizes {@code column} of {@code table} to its title and the cells {@code sourceColumn} makes of {@code source}'s rows. */
    private static <S, T> void measure(TableView<S> table, TableColumn<S, T> column, Runnable refit,
                                       TableView<S> source, TableColumn<S, T> sourceColumn) {
        if (!(table.getSkin() instanceof SkinBase<?> skin) || column.getCellFactory() == null) {
            return;
        }
        double width = titleWidth(table, column, refit);
        if (width < 0) {
            // shown, but its header is built in a later layout pass: measured now, its title would
            // count for nothing and nothing would measure it again ("Days (31 px)", CI of 6 December)
            // (a few frames at most: a table that never builds the header must not keep the pulses going)
            if ((Integer) column.getProperties().merge(ContentWidth.class, 1, (a, b) -> (Integer) a + 1) <= 5) {
                afterNextLayout(table, refit);
            }
            width = 0;
        } else {
            column.getProperties().remove(ContentWidth.class);
        }
        ObservableList<S> items = source.getItems();
        if (items != null && !items.isEmpty()) {
            width = Math.max(width, widestCell(source, sourceColumn, skin));
        }
        if (width > 0 && Math.ceil(width) != column.getPrefWidth()) {
            column.setMinWidth(Math.ceil(width));
            column.setPrefWidth(Math.ceil(width));
        }
    }

    /**
     * The widest cell over a sample of {@code table}'s rows ({@link WidthSample}), measured in a row of the style of the table
     * whose {@code skin} it is (font, padding): the same table, or the one the values are shown in.
     */
    private static <S, T> double widestCell(TableView<S> table, TableColumn<S, T> column, SkinBase<?> skin) {
        TableCell<S, T> cell = column.getCellFactory().call(column);
        cell.getProperties().put(OWN_WIDTH, Boolean.TRUE);
        TableRow<S> row = new TableRow<>();
        row.updateTableView(table);
        cell.updateTableView(table);
        cell.updateTableColumn(column);
        cell.updateTableRow(row);
        // a stand-in for the row (whose children are its own): the theme's row-to-cell rules match it
        Group inRow = new Group(cell);
        inRow.getStyleClass().add("table-row-cell");
        inRow.setManaged(false); // added and taken away again before the next pulse draws anything
        skin.getChildren().add(inRow);
        double widest = 0;
        // a text measured once is not measured again: a list of two thousand invoices shows some ten
        // statuses, and laying out a chip per row took the FX thread's time for nothing
        java.util.Set<String> measured = new java.util.HashSet<>();
        try {
            for (int i : WidthSample.rows(column, table.getItems().size())) {
                row.updateIndex(i);
                cell.updateIndex(i);
                boolean text = cell.getText() != null && !cell.getText().isEmpty();
                if (text && !measured.add(cell.getText())) {
                    continue;
                }
                if (text || cell.getGraphic() != null) {
                    inRow.applyCss();
                    widest = Math.max(widest, cell.prefWidth(-1));
                }
            }
        } finally {
            cell.updateIndex(-1);
            skin.getChildren().remove(inRow);
        }
        return widest;
    }

    /** Runs {@code refit} once after the table's scene has laid out its next frame. */
    private static void afterNextLayout(TableView<?> table, Runnable refit) {
        javafx.scene.Scene scene = table.getScene();
        if (scene == null) {
            return; // not shown: the skin's arrival measures it
        }
        Runnable[] once = new Runnable[1];
        // removed outside the scene's own loop over its listeners
        once[0] = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(once[0]);
            refit.run();
        });
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * The last shown column's title is laid out clear of the header's corner (the column menu button,
     * or the room over the vertical scroll bar), which lies over the header's right end while it shows:
     * the worklist's "Predicted pay", sized to its title alone, read "Predicted ..."; the fulfillment
     * alternatives' "vs best" read "vs b...". The corner coming or going measures the columns again.
     */
    private static double cornerRoom(TableView<?> table, TableColumn<?, ?> column, Runnable refit) {
        if (!(table.lookup(".show-hide-columns-button") instanceof javafx.scene.layout.Region corner)) {
            return 0;
        }
        if (corner.getProperties().putIfAbsent(ContentWidth.class, refit) == null) {
            corner.visibleProperty().addListener(obs -> refit.run());
            corner.widthProperty().addListener(obs -> refit.run());
        }
        List<? extends TableColumn<?, ?>> shown = table.getVisibleLeafColumns();
        boolean last = !shown.isEmpty() && shown.get(shown.size() - 1) == column;
        return last && corner.isVisible() ? corner.getWidth() : 0;
    }

    /**
     * The column's title whole, with the header's padding and sort arrow room; 0 for a hidden column,
     * -1 for a shown one whose header is not built yet. A new font in the header (the look changed after the rows were measured, as a screen test
     * does) measures the column again: the values' width changes with it.
     */
    private static double titleWidth(TableView<?> table, TableColumn<?, ?> column, Runnable refit) {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() == column) {
                Node label = h.lookup(".label");
                if (label instanceof javafx.scene.control.Labeled l && l.getProperties().putIfAbsent(ContentWidth.class, refit) == null) {
                    l.fontProperty().addListener(obs -> refit.run());
                }
                return label == null ? -1 : label.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset() + cornerRoom(table, column, refit);
            }
        }
        return column.isVisible() ? -1 : 0;
    }
}
