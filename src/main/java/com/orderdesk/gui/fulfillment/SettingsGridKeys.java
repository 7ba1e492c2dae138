package com.orderdesk.gui.fulfillment;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a routing settings table, a grid of cells: the focused cell is the one the keyboard is
 * on (app.css rings it), F2 or Enter edits it, Space toggles the row's Active as a tick does in the
 * app's other lists. Keyboard tour of 6 December: only a double-click edited, the focused cell did not
 * show, and each Active check box was a Tab stop of its own.
 */
final class SettingsGridKeys {
    private SettingsGridKeys() {
    }

    /** Gives {@code table} these keys; {@code active} is the row's Active flag, or null for a table without one. */
    static <S> void install(TableView<S> table, Function<S, BooleanProperty> active) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShiftDown() && !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown();
            if (!plain || table.getEditingCell() != null) {
                return;
            }
            TablePosition<S, ?> at = table.getFocusModel().getFocusedCell();
            int row = at == null ? -1 : at.getRow();
            if (row < 0 || row >= table.getItems().size()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE && active != null) {
                if (table.isEditable()) {
                    BooleanProperty flag = active.apply(table.getItems().get(row));
                    flag.set(!flag.get());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                // Enter on a cell that cannot be edited does nothing: the window's default button (Save)
                // is not for a key meant for the grid
                TableColumn<S, ?> column = at.getTableColumn();
                if (table.isEditable() && column != null && column.isEditable()) {
                    table.edit(row, column);
                }
                e.consume();
            }
        });
    }

    /**
     * Commits the cell being edited in {@code table}, as Enter would, with the text typed so far: a save
     * reads the rows, which take a cell's text only when its edit is committed (Ctrl+S during an edit
     * saved without it).
     */
    static void commitEdit(TableView<?> table) {
        if (table.getEditingCell() == null) {
            return;
        }
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TextFieldTableCell<?, ?> cell && cell.isEditing() && cell.getGraphic() instanceof TextField field) {
                commit(cell, field.getText());
                return;
            }
        }
    }

    private static <S, T> void commit(TextFieldTableCell<S, T> cell, String text) {
        cell.commitEdit(cell.getConverter().fromString(text));
    }
}
