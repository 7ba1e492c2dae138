package com.orderdesk.gui.common;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A table column of dates: read as {@link Formats#date} shows them ("Dec 5, 2026"), sorted by date
 * (as text, "Apr 2, 2027" would sort before "Dec 5, 2026"); the date column's twin of {@link MoneyColumn}.
 */
public final class DateColumn {
    private DateColumn() {
    }

    public static <S> TableColumn<S, LocalDate> of(String title, Function<S, LocalDate> value, Formats formats, double width) {
        return of(title, value, formats, width, "", Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
    }

    /**
     * The end of a period that may have none: a missing date reads {@code none} ("open") and sorts
     * after every date, as an end that never comes.
     */
    public static <S> TableColumn<S, LocalDate> openEnded(String title, Function<S, LocalDate> value, Formats formats,
                                                          double width, String none) {
        return of(title, value, formats, width, none, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
    }

    /** A moment, read as {@link Formats#dateTime(java.time.Instant, java.time.ZoneId)} shows it, sorted by time. */
    public static <S> TableColumn<S, java.time.Instant> ofInstant(String title, Function<S, java.time.Instant> value,
                                                                 Formats formats, java.time.ZoneId zone, double width) {
        TableColumn<S, java.time.Instant> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : formats.dateTime(at, zone));
            }
        });
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setPrefWidth(width);
        return c;
    }

    private static <S> TableColumn<S, LocalDate> of(String title, Function<S, LocalDate> value, Formats formats, double width,
                                                    String none, Comparator<LocalDate> order) {
        TableColumn<S, LocalDate> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d == null ? none : formats.date(d));
            }
        });
        c.setComparator(order);
        c.setPrefWidth(width);
        return c;
    }
}
