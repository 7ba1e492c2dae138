package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.NarrowTable;
import com.orderdesk.logic.invoicing.DocumentRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * The invoice list where, beside the preview at its narrowest, its columns up to the total as the wide list sets them
 * leave the customer less than {@link #NARROW_CUSTOMER} px (a 1024 x 768 window, narrow17, 7 December: the list some
 * 700 px, the number, due date, amounts and status as wide as the widest they may ever hold, the customer 90 px:
 * "Peachtree...", nine letters). There the due date reads in the locale's short style ("1/5/27"), a status's claim
 * mark takes its short word ("Ded.", whole in its tooltip), and the due date, the amounts and the status are each as
 * wide as their title and the widest value the list shows; the customer takes the rest up to the total
 * ({@code ColumnFit.fillUpTo}), shortened where it must be, whole in its tooltip. Where the list holds the columns as
 * the wide list sets them (1366 x 768) the long words and every width are given back. The same way as the inbox's
 * and the claims queue's ({@link NarrowTable}).
 */
final class NarrowDocumentColumns extends NarrowTable<DocumentRow> {
    /** The customer's width below which the list narrows its other columns: some 14 letters. */
    static final double NARROW_CUSTOMER = 120;

    private final TableColumn<DocumentRow, ?> customer;
    private final TableColumn<DocumentRow, LocalDate> due;
    private final Callback<TableColumn<DocumentRow, LocalDate>, TableCell<DocumentRow, LocalDate>> longDates;
    private final Callback<TableColumn<DocumentRow, LocalDate>, TableCell<DocumentRow, LocalDate>> shortDates;
    /** The columns up to the total but the customer, each as the wide list sets them: min, pref and max. */
    private final List<TableColumn<DocumentRow, ?>> squeezed;
    private final Map<TableColumn<DocumentRow, ?>, double[]> wide = new HashMap<>();
    private boolean setting;
    private boolean narrow;

    private NarrowDocumentColumns(TableView<DocumentRow> table, TableColumn<DocumentRow, ?> customer,
                                  TableColumn<DocumentRow, LocalDate> due, List<TableColumn<DocumentRow, ?>> squeezed,
                                  Locale locale) {
        super(table);
        this.customer = customer;
        this.due = due;
        this.squeezed = squeezed;
        this.longDates = due.getCellFactory();
        DateTimeFormatter shortStyle = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.shortDates = c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : shortStyle.format(d));
            }
        };
        for (TableColumn<DocumentRow, ?> c : squeezed) {
            fitToContent(c);
            wide.put(c, widths(c));
            // measured by the wide list after this (ContentWidth.fitWidest, once its look is known): its new wide width
            c.prefWidthProperty().addListener(o -> {
                if (!setting) {
                    wide.put(c, widths(c));
                    later();
                }
            });
        }
        table.getItems().addListener((javafx.collections.ListChangeListener<DocumentRow>) c -> later());
        table.itemsProperty().addListener(o -> {
            table.getItems().addListener((javafx.collections.ListChangeListener<DocumentRow>) c -> later());
            later();
        });
        later();
    }

    /** Narrows {@code table}'s columns wherever its width leaves the customer less than {@link #NARROW_CUSTOMER} px. */
    static void install(TableView<DocumentRow> table, TableColumn<DocumentRow, ?> customer, TableColumn<DocumentRow, LocalDate> due,
                        List<TableColumn<DocumentRow, ?>> squeezed, Locale locale) {
        new NarrowDocumentColumns(table, customer, due, squeezed, locale);
    }

    private static double[] widths(TableColumn<?, ?> c) {
        return new double[] {c.getMinWidth(), c.getPrefWidth(), c.getMaxWidth()};
    }

    /** The width the wide list's columns up to the total take, the customer's not counted. */
    private double wideOthers() {
        double sum = 0;
        for (TableColumn<DocumentRow, ?> c : squeezed) {
            sum += wide.get(c)[1];
        }
        for (TableColumn<DocumentRow, ?> c : table.getColumns()) {
            if (c == customer || squeezed.contains(c)) {
                continue;
            }
            if (squeezed.stream().noneMatch(s -> table.getColumns().indexOf(s) > table.getColumns().indexOf(c))) {
                break; // past the last of them (the total): the columns after it show only where they fit
            }
            sum += c.getPrefWidth();
        }
        return sum;
    }

    @Override
    protected void fit() {
        boolean wasNarrow = narrow;
        narrow = room() < wideOthers() + NARROW_CUSTOMER;
        setting = true;
        try {
            if (narrow != wasNarrow) {
                due.setCellFactory(narrow ? shortDates : longDates);
                table.getProperties().put(StandingCell.SHORT_MARKS, narrow);
                table.refresh(); // the status cells take the marks' other words
            }
            if (narrow) {
                narrowFitted();
            } else if (wasNarrow) {
                for (TableColumn<DocumentRow, ?> c : squeezed) {
                    double[] w = wide.get(c);
                    setWidths(c, w[0], w[1], w[2]);
                }
            }
        } finally {
            setting = false;
        }
    }
}
