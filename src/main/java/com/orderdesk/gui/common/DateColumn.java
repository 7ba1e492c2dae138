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
        TableColumn<S, LocalDate> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : formats.date(d));
            }
        });
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setPrefWidth(width);
        return c;
    }
}
