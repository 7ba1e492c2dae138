package com.orderdesk.gui.order;

import com.orderdesk.gui.common.NarrowTable;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The order lines where their pane is narrower than the columns' widths at order entry (the inbox's review
 * pane at 1024 x 768: some 588 px for columns that need some 710, tour of 7 December, where Unit price, Disc %,
 * Extended and Available were a sideways scroll away). There the line number is hidden (the lines' order says
 * it, and no message names a line by it) and so is the unit, its code after the description instead ("Nitrile
 * Exam Gloves Large (BX)"); the figures' titles take their shorter words (Price, Amount, Avail.), and each short
 * column is as wide as its title and its widest value; the description takes what is left, wrapping, whole in
 * its tooltip. Titled and sized as at order entry the figures alone asked some 470 px of the 530 there. Where
 * the pane holds the columns as they are (1366 x 768) they stay as they are: widths and titles are given back.
 */
final class NarrowLines extends NarrowTable<OrderLineRow> {
    /** The description at its narrowest: two or three words a line (it wraps, whole in its tooltip). */
    static final double DESCRIPTION_MIN = 100;

    private final TableColumn<OrderLineRow, ?> number;
    private final TableColumn<OrderLineRow, ?> unit;
    private final TableColumn<OrderLineRow, String> description;
    private final javafx.util.Callback<TableColumn.CellDataFeatures<OrderLineRow, String>, javafx.beans.value.ObservableValue<String>> fullDescription;
    /** The figures' titles at order entry and in a narrow pane. */
    private static final java.util.Map<String, String> SHORT_TITLES = java.util.Map.of(
            "Unit price", "Price", "Extended", "Amount", "Available", "Avail.");
    private final java.util.List<TableColumn<OrderLineRow, ?>> figures = new java.util.ArrayList<>();
    private final double fullMinimum;
    private final double[] descriptionFull;
    private boolean narrow;

    private NarrowLines(TableView<OrderLineRow> table) {
        super(table);
        this.number = table.getColumns().get(0);
        this.unit = named("Unit");
        @SuppressWarnings("unchecked")
        TableColumn<OrderLineRow, String> text = (TableColumn<OrderLineRow, String>) named("Description");
        this.description = text;
        this.fullDescription = description.getCellValueFactory();
        double sum = 0;
        for (TableColumn<OrderLineRow, ?> c : table.getColumns()) {
            sum += c.getMinWidth();
            if (c != number && c != description && c != unit) {
                figures.add(c);
                fitToContent(c);
            }
        }
        this.fullMinimum = sum;
        this.descriptionFull = new double[] {description.getMinWidth(), description.getPrefWidth(), description.getMaxWidth()};
        table.getItems().addListener((javafx.collections.ListChangeListener<OrderLineRow>) c -> later());
        table.editingCellProperty().addListener(o -> later()); // an edited quantity or price widens the amount
        table.getProperties().put(NarrowLines.class, this);
        later();
    }

    /** Narrows {@code table}'s columns wherever its width is less than they need at order entry. */
    static void install(TableView<OrderLineRow> table) {
        if (!table.getProperties().containsKey(NarrowLines.class) && !table.getColumns().isEmpty()) {
            new NarrowLines(table);
        }
    }

    private TableColumn<OrderLineRow, ?> named(String title) {
        return table.getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    @Override
    protected void fit() {
        double room = room();
        boolean wasNarrow = narrow;
        narrow = room < fullMinimum;
        if (narrow != wasNarrow) {
            number.setVisible(!narrow);
            unit.setVisible(!narrow);
            description.setCellValueFactory(narrow ? NarrowLines::withUnit : fullDescription);
            for (TableColumn<OrderLineRow, ?> c : figures) {
                java.util.Map.Entry<String, String> t = SHORT_TITLES.entrySet().stream()
                        .filter(e -> e.getKey().equals(c.getText()) || e.getValue().equals(c.getText())).findFirst().orElse(null);
                if (t != null) {
                    c.setText(narrow ? t.getValue() : t.getKey());
                }
            }
        }
        if (narrow) {
            double others = narrowFitted();
            // the rest, set here: the constrained policy shares out a change of the table's width, not of a column's
            double rest = Math.max(DESCRIPTION_MIN, Math.floor(room - others));
            setWidths(description, DESCRIPTION_MIN, rest, rest);
        } else if (wasNarrow) {
            restoreFitted();
            setWidths(description, descriptionFull[0], descriptionFull[1], descriptionFull[2]);
            // the given-back widths are the wide table's wishes: its policy fits them to the width it has now, as
            // it does at a change of width (widened from 1024 to 1366, Available stood past the table's edge)
            // (TableView.resizeColumn refuses a call without a column; the skin calls the policy so at a new width)
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0d));
        }
    }

    /** The description with its unit's code after it, where the unit's column is hidden. */
    private static javafx.beans.value.ObservableValue<String> withUnit(TableColumn.CellDataFeatures<OrderLineRow, String> c) {
        String text = c.getValue().quote().description();
        String code = c.getValue().quote().unit();
        // a pack that names it already ("..., 100/CS") needs it no second time
        boolean said = code == null || code.isBlank() || text == null || text.endsWith("/" + code);
        return new javafx.beans.property.ReadOnlyStringWrapper(said ? text : text + " (" + code + ")");
    }
}
