package com.orderdesk.gui.fulfillment;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

/**
 * The cells of the routing settings tables: text typed in place that shows its own problem, and an
 * Active check box that is no Tab stop of its own.
 */
final class SettingsCells {
    /** A cell whose text cannot be saved: a red ring (app.css), the sentence in its tooltip. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private SettingsCells() {
    }

    /**
     * Typed in place into a property of each row; {@code edited} runs after each committed edit. The
     * cell is marked while one of {@code problems} names it: a problem starts with the cell's place,
     * {@code where} (for example "ST-CHI handling days"), and a colon, as the save's list words them.
     */
    static <S> TableColumn<S, String> checked(String title, Function<S, StringProperty> value, double width,
                                             Function<S, String> where, ObservableValue<List<String>> problems,
                                             Runnable edited) {
        return checked(title, value, width, where, problems, edited, Function.identity());
    }

    /** As above, the value shown as {@code shown} words it while its cell is not being edited (the edit keeps the text). */
    static <S> TableColumn<S, String> checked(String title, Function<S, StringProperty> value, double width,
                                             Function<S, String> where, ObservableValue<List<String>> problems,
                                             Runnable edited, Function<String, String> shown) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setCellFactory(col -> new CheckedCell<>(where, problems, shown));
        c.setOnEditCommit(e -> {
            // the focus back on the table while the cell's field is still in it: once the field went,
            // the focus had moved on to the penalty field and the next key left the grid
            e.getTableView().requestFocus();
            value.apply(e.getRowValue()).set(e.getNewValue());
            edited.run();
        });
        c.setPrefWidth(width);
        return c;
    }

    /**
     * The Active column: a check box per row, toggled by a click or by Space on the row
     * ({@link SettingsGridKeys}). The boxes are not focus-traversable: each was a Tab stop, 13 of them
     * between the node table and the next (keyboard tour of 6 December).
     */
    static <S> TableColumn<S, Boolean> active(Function<S, BooleanProperty> active) {
        TableColumn<S, Boolean> c = new TableColumn<>("Active");
        c.setCellValueFactory(cell -> active.apply(cell.getValue()));
        c.setCellFactory(col -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                if (getGraphic() != null) {
                    getGraphic().setFocusTraversable(false);
                }
            }
        });
        return c;
    }

    /** The problem naming the cell at {@code where}, or null. */
    static String problemAt(List<String> problems, String where) {
        String prefix = where + ":";
        return problems == null ? null : problems.stream().filter(p -> p.startsWith(prefix)).findFirst().orElse(null);
    }

    private static final class CheckedCell<S> extends TextFieldTableCell<S, String> {
        private final Function<S, String> where;
        private final ObservableValue<List<String>> problems;
        /** Made for the first problem only: a tooltip per cell (a popup window each) was a fifth of the first fill's time. */
        private Tooltip tip;

        private final Function<String, String> shown;

        CheckedCell(Function<S, String> where, ObservableValue<List<String>> problems, Function<String, String> shown) {
            super(new javafx.util.converter.DefaultStringConverter());
            this.shown = shown;
            this.where = where;
            this.problems = problems;
            // a weak listener: the cells come and go with the rows shown, the problems stay
            javafx.beans.value.ChangeListener<List<String>> mark = (o, a, b) -> mark();
            getProperties().put(CheckedCell.class, mark);
            problems.addListener(new javafx.beans.value.WeakChangeListener<>(mark));
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            inWords();
            mark();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            inWords();
        }

        private void inWords() {
            if (!isEmpty() && !isEditing() && getItem() != null) {
                setText(shown.apply(getItem()));
            }
        }

        private void mark() {
            var items = getTableView() == null ? null : getTableView().getItems();
            S row = isEmpty() || items == null || getIndex() < 0 || getIndex() >= items.size() ? null : items.get(getIndex());
            String problem = row == null ? null : problemAt(problems.getValue(), where.apply(row));
            pseudoClassStateChanged(INVALID, problem != null);
            if (problem != null && tip == null) {
                tip = new Tooltip();
            }
            if (tip != null) {
                tip.setText(problem);
            }
            setTooltip(problem == null ? null : tip);
        }
    }
}
