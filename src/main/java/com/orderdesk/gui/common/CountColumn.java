package com.orderdesk.gui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A read-only table column of whole numbers (days of age, cases): right-aligned like the amounts
 * beside it ({@code money-column} in app.css), sorted by value, shown as the number's own digits
 * or worded ({@link #worded}: "45 days"). As text, "10 days" sorted before "9 days".
 */
public final class CountColumn {
    private CountColumn() {
    }

    public static <S, N extends Number> TableColumn<S, N> of(String title, Function<S, N> value, double width) {
        TableColumn<S, N> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.getStyleClass().add("money-column");
        c.setPrefWidth(width);
        return c;
    }

    /** As {@link #of}, each number shown as {@code words} puts it, still sorted by the number. */
    public static <S, N extends Number> TableColumn<S, N> worded(String title, Function<S, N> value, Function<N, String> words,
                                                                double width) {
        TableColumn<S, N> c = of(title, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(N n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : words.apply(n));
            }
        });
        return c;
    }
}
