package com.orderdesk.gui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/**
 * A read-only table column of whole numbers (days of age, cases): right-aligned like the amounts
 * beside it ({@code money-column} in app.css), sorted by value, shown as the number's own digits.
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
}
