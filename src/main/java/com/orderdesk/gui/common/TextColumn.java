package com.orderdesk.gui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.cell.TextFieldTableCell;

/** A table column of text taken from each row, at a preferred width (the text column's twin of {@link MoneyColumn}). */
public final class TextColumn {
    private TextColumn() {
    }

    /** Read-only: each row's text as {@code value} gives it. */
    public static <S> TableColumn<S, String> of(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * Each cell's whole text also in a tooltip, for text that can outgrow any width the column can
     * have (a user's four roles): the row keeps its height, and the mouse reads the rest.
     */
    public static <S> TableColumn<S, String> wholeInTooltip(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean none = empty || text == null || text.isEmpty();
                setText(none ? null : text);
                CellTip.show(this, none ? null : text);
            }
        });
        return column;
    }

    /** Read-only also in an editable table (a grid or settings table): the cell never enters editing. */
    public static <S> TableColumn<S, String> fixed(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = of(title, value, width);
        c.setEditable(false);
        return c;
    }

    /**
     * Typed in place (a text field in the cell, in an editable table) into a property of each
     * row; {@code edited} runs after each committed edit (a settings screen marks itself changed).
     * The text is read only when the screen saves, so any text is taken here.
     */
    public static <S> TableColumn<S, String> editable(String title, Function<S, StringProperty> value, double width,
                                                      Runnable edited) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            value.apply(e.getRowValue()).set(e.getNewValue());
            edited.run();
        });
        c.setPrefWidth(width);
        return c;
    }
}
