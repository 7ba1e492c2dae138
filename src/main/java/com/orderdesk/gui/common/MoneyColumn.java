package com.orderdesk.gui.common;

import com.orderdesk.model.common.Money;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** A table column of amounts: right-aligned, in the user's locale, sorted by value (src/site/markdown/ux.md). */
public final class MoneyColumn {
    private MoneyColumn() {
    }

    public static <S> TableColumn<S, Money> of(String title, Function<S, Money> value, Formats formats, double width) {
        TableColumn<S, Money> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Money m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : formats.money(m));
            }
        });
        c.getStyleClass().add("money-column");
        c.setComparator(Money::compareTo);
        c.setPrefWidth(width);
        return c;
    }
}
