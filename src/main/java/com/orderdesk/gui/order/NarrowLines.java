package com.orderdesk.gui.order;

import com.orderdesk.gui.common.ContentWidth;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
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
final class NarrowLines {
    /** The description at its narrowest: two or three words a line (it wraps, whole in its tooltip). */
    static final double DESCRIPTION_MIN = 100;
    /** Room for the vertical scroll bar a long order shows, whether it shows yet or not: the choice must not flip with it. */
    private static final double BAR = 16;

    private final TableView<OrderLineRow> table;
    private final TableColumn<OrderLineRow, ?> number;
    private final TableColumn<OrderLineRow, ?> unit;
    private final TableColumn<OrderLineRow, String> description;
    private final javafx.util.Callback<TableColumn.CellDataFeatures<OrderLineRow, String>, javafx.beans.value.ObservableValue<String>> fullDescription;
    /** The figures' titles at order entry and in a narrow pane. */
    private static final java.util.Map<String, String> SHORT_TITLES = java.util.Map.of(
            "Unit price", "Price", "Extended", "Amount", "Available", "Avail.");
    private final List<TableColumn<OrderLineRow, ?>> fitted = new ArrayList<>();
    /** Each fitted column's min, pref and max width as order entry sets them. */
    private final List<double[]> full = new ArrayList<>();
    private final double fullMinimum;
    private final double[] descriptionFull;
    private boolean narrow;
    private boolean queued;
    private int retries;

    private NarrowLines(TableView<OrderLineRow> table) {
        this.table = table;
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
                fitted.add(c);
                full.add(new double[] {c.getMinWidth(), c.getPrefWidth(), c.getMaxWidth()});
            }
        }
        this.fullMinimum = sum;
        this.descriptionFull = new double[] {description.getMinWidth(), description.getPrefWidth(), description.getMaxWidth()};
        table.widthProperty().addListener(o -> later());
        table.skinProperty().addListener(o -> later());
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

    /** After the change is laid out: the header and the cells have their look then, and a row's edit is committed. */
    private void later() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                fit();
            });
        }
    }

    private void fit() {
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - BAR;
        if (table.getWidth() <= 0 || table.getSkin() == null) {
            return;
        }
        boolean wasNarrow = narrow;
        narrow = room < fullMinimum;
        if (narrow != wasNarrow) {
            number.setVisible(!narrow);
            unit.setVisible(!narrow);
            description.setCellValueFactory(narrow ? NarrowLines::withUnit : fullDescription);
            for (TableColumn<OrderLineRow, ?> c : fitted) {
                java.util.Map.Entry<String, String> t = SHORT_TITLES.entrySet().stream()
                        .filter(e -> e.getKey().equals(c.getText()) || e.getValue().equals(c.getText())).findFirst().orElse(null);
                if (t != null) {
                    c.setText(narrow ? t.getValue() : t.getKey());
                }
            }
        }
        if (narrow) {
            double others = 0;
            boolean unbuilt = false;
            for (TableColumn<OrderLineRow, ?> c : fitted) {
                double width = ContentWidth.needed(table, c);
                unbuilt = unbuilt || width < 0;
                if (width > 0 && width != c.getPrefWidth()) {
                    c.setMaxWidth(Math.max(width, c.getMaxWidth()));
                    c.setMinWidth(width);
                    c.setPrefWidth(width);
                    c.setMaxWidth(width);
                }
                others += c.getPrefWidth();
            }
            if (unbuilt) {
                afterLayout(); // a header is built in the next layout (a column shown or hidden rebuilds them)
            } else {
                retries = 0;
            }
            // the rest, set here: the constrained policy shares out a change of the table's width, not of a column's
            double rest = Math.max(DESCRIPTION_MIN, Math.floor(room - others));
            description.setMinWidth(DESCRIPTION_MIN);
            description.setMaxWidth(Math.max(rest, description.getMaxWidth()));
            description.setPrefWidth(rest);
            description.setMaxWidth(rest);
        } else if (wasNarrow) {
            for (int i = 0; i < fitted.size(); i++) {
                double[] w = full.get(i);
                TableColumn<OrderLineRow, ?> c = fitted.get(i);
                c.setMaxWidth(w[2]);
                c.setMinWidth(w[0]);
                c.setPrefWidth(w[1]);
            }
            description.setMaxWidth(descriptionFull[2]);
            description.setPrefWidth(descriptionFull[1]);
        }
    }

    /** Fits again after the scene's next layout, a few times at most: a table that never builds its header must not keep the pulses going. */
    private void afterLayout() {
        javafx.scene.Scene scene = table.getScene();
        if (scene == null || retries++ > 5) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(once[0]);
            later();
        });
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
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
