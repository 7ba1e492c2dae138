package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.NarrowTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A returns screen's table where it is narrower than its columns at 1366 x 768 (a 1024 x 768 window, tour of
 * 7 December: the invoice's lines some 740 px in about 440, the returns some 1,200 in about 870, each under a
 * sideways bar). There the columns whose value the screen says elsewhere are hidden, the short columns are each
 * as wide as their title and their widest value, and the wrapping column (the description, the customer) takes
 * what is left from {@code flexMin} ({@code ColumnFit.fill}), whole in its tooltip; a hidden column's value may be
 * told in another column's text, and a long text column (the reason) may wrap at a set width instead of its value's
 * width. Where the table holds the
 * columns as they are, widths are given back. The same way as the inbox's and the order lines' ({@link NarrowTable}).
 */
final class NarrowReturnColumns<S> extends NarrowTable<S> {
    private final List<TableColumn<S, ?>> hidden;
    private final TableColumn<S, ?> flex;
    private final double flexMin;
    private final double flexFull;
    private final Map<TableColumn<S, String>, Telling<S>> retold;
    private final Map<TableColumn<S, String>, Telling<S>> told = new HashMap<>();
    private final Map<TableColumn<S, ?>, Double> fixed;
    private final Map<TableColumn<S, ?>, Double> fixedFull = new HashMap<>();
    /** The width every column needs as the wide table sets them. */
    private final double fullWidth;
    private boolean narrow;

    /** A column's cell values: its own in the wide table, or the narrow table's (the text of a column hidden there added). */
    interface Telling<S> extends Callback<TableColumn.CellDataFeatures<S, String>, ObservableValue<String>> {
    }

    /** What changes in the narrow table besides the fitted widths. */
    record Narrowing<S>(List<TableColumn<S, ?>> hidden, TableColumn<S, ?> flex, double flexMin,
                        Map<TableColumn<S, String>, Telling<S>> retold, Map<TableColumn<S, ?>, Double> fixed) {
    }

    private NarrowReturnColumns(TableView<S> table, Narrowing<S> n) {
        super(table);
        this.hidden = n.hidden();
        this.flex = n.flex();
        this.flexMin = n.flexMin();
        this.flexFull = flex.getPrefWidth();
        this.retold = n.retold();
        this.fixed = n.fixed();
        double sum = 0;
        for (TableColumn<S, ?> c : table.getColumns()) {
            sum += c.getPrefWidth();
            if (fixed.containsKey(c)) {
                fixedFull.put(c, c.getPrefWidth());
            } else if (c != flex && !hidden.contains(c)) {
                fitToContent(c);
            }
        }
        retold.keySet().forEach(c -> told.put(c, c.getCellValueFactory()::call));
        this.fullWidth = sum;
        ListChangeListener<S> rowsChanged = c -> later();
        table.getItems().addListener(rowsChanged);
        table.itemsProperty().addListener((o, before, after) -> {
            before.removeListener(rowsChanged);
            after.addListener(rowsChanged);
            later();
        });
        later();
    }

    /**
     * Narrows {@code table}'s columns wherever it is narrower than they are: {@code hidden} go, {@code flex} takes
     * the rest from {@code flexMin}; call after the columns, their widths, the fill and the rows' list are set.
     */
    static <S> void install(TableView<S> table, List<TableColumn<S, ?>> hidden, TableColumn<S, ?> flex, double flexMin) {
        install(table, new Narrowing<>(hidden, flex, flexMin, Map.of(), Map.of()));
    }

    /** As {@link #install(TableView, List, TableColumn, double)}, some columns retold or kept at a set width (wrapping) too. */
    static <S> void install(TableView<S> table, Narrowing<S> narrowing) {
        new NarrowReturnColumns<>(table, narrowing);
    }

    @Override
    protected void fit() {
        boolean wasNarrow = narrow;
        narrow = room() < fullWidth;
        if (narrow != wasNarrow) {
            hidden.forEach(c -> c.setVisible(!narrow));
            // the floor the fill widens the column from (set here, it is taken as the column's own width)
            flex.setPrefWidth(narrow ? flexMin : flexFull);
            retold.forEach((c, narrowText) -> c.setCellValueFactory(narrow ? narrowText : told.get(c)));
            fixed.forEach((c, width) -> c.setPrefWidth(narrow ? width : fixedFull.get(c)));
        }
        if (narrow) {
            narrowFitted();
        } else if (wasNarrow) {
            restoreFitted();
        }
    }
}
