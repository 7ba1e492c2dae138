package com.orderdesk.gui.common;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A table column of whole numbers (days past due, items), right-aligned as amounts are and sorted
 * as numbers: as text, "10 days" sorted before "9 days". {@code text} words the number ("45 days").
 */
public final class NumberColumn {
    private NumberColumn() {
    }

    public static <S> TableColumn<S, Long> of(String title, Function<S, ? extends Number> value, Function<Long, String> text,
                                              double width) {
        TableColumn<S, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> {
            Number n = value.apply(cell.getValue());
            return new ReadOnlyObjectWrapper<>(n == null ? null : n.longValue());
        });
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : text.apply(n));
            }
        });
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.getStyleClass().add("money-column");
        c.setPrefWidth(width);
        return c;
    }

    /** The number as the locale writes it ("1,204"). */
    public static <S> TableColumn<S, Long> of(String title, Function<S, ? extends Number> value, double width) {
        return of(title, value, n -> String.format("%,d", n), width);
    }
}
