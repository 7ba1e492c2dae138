package com.orderdesk.gui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** A read-only table column of text taken from each row, at a preferred width (the text column's twin of {@link MoneyColumn}). */
public final class TextColumn {
    private TextColumn() {
    }

    public static <S> TableColumn<S, String> of(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
