package com.orderdesk.gui.common;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/**
 * A coloured chip with the status word in it (never colour alone, see src/site/markdown/ux.md): "Credit hold" on
 * amber, "Paid" on green... Colours come from {@code app.css} ({@code .status-chip} and one pseudo-class
 * per {@link StatusKind}'s colour, {@code .status-chip:status-paid}) and follow the light/dark theme.
 *
 * <p>The colour is a pseudo-class, not a style class: a list's cells change their chips' statuses at every
 * fill and scroll, and a changed style class has the chip's style found anew (every selector matched),
 * where a pseudo-class only moves it to another state of the style it has (performance.md, "The FX thread
 * in the application").
 *
 * <p>In a table: {@link #column} for a column of {@link StatusKind}s, or
 * {@code statusColumn.setCellFactory(StatusChip.cellFactory(toKind))} to map a feature enum.
 */
public final class StatusChip extends Label {
    private final ObjectProperty<StatusKind> status = new SimpleObjectProperty<>(this, "status");

    public StatusChip() {
        getStyleClass().add("status-chip");
        setMinWidth(USE_PREF_SIZE); // the word is never cut to "Cre..."
        status.addListener((obs, old, now) -> show(old, now));
    }

    public StatusChip(StatusKind kind) {
        this();
        setStatus(kind);
    }

    public ObjectProperty<StatusKind> statusProperty() {
        return status;
    }

    public StatusKind getStatus() {
        return status.get();
    }

    public void setStatus(StatusKind kind) {
        status.set(kind);
    }

    private void show(StatusKind old, StatusKind now) {
        if (old != null) {
            pseudoClassStateChanged(colour(old), false);
        }
        if (now != null) {
            pseudoClassStateChanged(colour(now), true);
        }
        setText(now == null ? "" : now.label());
        setVisible(now != null);
    }

    /** The pseudo-class of a status's colour: {@code :status-credit-hold}. */
    public static PseudoClass colour(StatusKind kind) {
        return PseudoClass.getPseudoClass(kind.styleClass());
    }

    /** A table column of chips: each row's status as {@code status} gives it (none for null), at a preferred width. */
    public static <S> TableColumn<S, StatusKind> column(String title, Function<S, StatusKind> status, double width) {
        TableColumn<S, StatusKind> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(status.apply(cell.getValue())));
        c.setCellFactory(cellFactory());
        c.setPrefWidth(width);
        return c;
    }

    /** Cell factory for a column whose values are {@link StatusKind}s. */
    public static <S> Callback<TableColumn<S, StatusKind>, TableCell<S, StatusKind>> cellFactory() {
        return cellFactory(Function.identity());
    }

    /** Cell factory for a column of any status type, mapped onto a {@link StatusKind}. */
    public static <S, V> Callback<TableColumn<S, V>, TableCell<S, V>> cellFactory(Function<V, StatusKind> toKind) {
        return column -> new TableCell<>() {
            private final StatusChip chip = new StatusChip();

            {
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                getStyleClass().add("status-cell");
                // the chip stays in the cell, hidden when the cell is empty: taken out and put back (an empty
                // row at a filter's end, filled again), it had its style found anew
                setGraphic(chip);
            }

            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                StatusKind kind = empty || item == null ? null : toKind.apply(item);
                chip.setStatus(kind);
                setText(kind == null ? null : kind.label()); // for copy and accessibility
            }
        };
    }
}
