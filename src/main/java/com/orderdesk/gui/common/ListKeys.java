package com.orderdesk.gui.common;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The keys of every list and table of the app while none of its rows is selected: the focus enters
 * on the first row (shown), Down or Up selects the focused row, and Space selects it before the
 * screen's own Space (the cash desk's tick) reads the selection.
 *
 * <p>JavaFX's Down selects the row after the focused one. With nothing selected the focus still sits
 * on row 1 (set when the rows came), unseen, so the first Down selected row 2 and row 1 was never
 * reached by Down; Space selected the focused row only after the screen's handler had found no
 * selection, so the cash desk's Space ticked nothing (keyboard tour of 6 December, inbox and cash
 * matching). Fixed here once for every list rather than screen by screen: {@link Theme#style} installs
 * it on each scene it styles, and on every window shown after that (dialogs, which are not styled
 * through it).
 */
public final class ListKeys {
    private static boolean everyWindow;

    private ListKeys() {
    }

    /**
     * Gives the lists of {@code scene}, and of every window shown from now on, these keys (again on the
     * same scene or window: nothing more). On the FX thread.
     */
    public static void install(Scene scene) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            javafx.application.Platform.runLater(() -> install(scene));
            return;
        }
        onScene(scene);
        if (!everyWindow) {
            everyWindow = true;
            Window.getWindows().forEach(ListKeys::onWindow);
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(ListKeys::onWindow);
                }
            });
        }
    }

    private static void onWindow(Window window) {
        // a popup's list (a combo box's, an autocomplete's) is driven by the field that owns it
        if (window instanceof PopupWindow || window.getProperties().putIfAbsent(ListKeys.class, Boolean.TRUE) != null) {
            return;
        }
        if (window.getScene() != null) {
            onScene(window.getScene());
        }
        window.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                onScene(scene);
            }
        });
    }

    private static void onScene(Scene scene) {
        if (scene.getProperties().putIfAbsent(ListKeys.class, Boolean.TRUE) != null) {
            return;
        }
        scene.focusOwnerProperty().addListener((o, old, owner) -> {
            Rows rows = Rows.of(owner);
            if (rows != null && rows.noneSelected()) {
                rows.focus(rows.focusedOrFirst());
            }
        });
        // a filter on the scene runs before the list's own handlers and the screen's filters on it
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Rows rows = e.getTarget() instanceof Node n ? Rows.of(n) : null;
            boolean plain = !e.isShiftDown() && !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
            if (rows == null || !plain || !rows.noneSelected()) {
                return;
            }
            switch (e.getCode()) {
                case DOWN, KP_DOWN, UP, KP_UP -> {
                    rows.select(rows.focusedOrFirst());
                    e.consume();
                }
                // selected, and left to go on: the screen's Space (a tick) reads the selection
                case SPACE -> rows.select(rows.focusedOrFirst());
                default -> {
                }
            }
        });
    }

    /** A table or a list, as far as these keys need one: its rows, focus and selection. */
    private interface Rows {
        static Rows of(Node node) {
            if (node instanceof TableView<?> table && table.getItems() != null && !table.getItems().isEmpty()
                    && table.getSelectionModel() != null && table.getFocusModel() != null) {
                return new TableRows<>(table);
            }
            if (node instanceof ListView<?> list && list.getItems() != null && !list.getItems().isEmpty()
                    && list.getSelectionModel() != null && list.getFocusModel() != null) {
                return new ListRows(list);
            }
            return null;
        }

        boolean noneSelected();

        int focused();

        int size();

        void focus(int row);

        void select(int row);

        default int focusedOrFirst() {
            int row = focused();
            return row >= 0 && row < size() ? row : 0;
        }
    }

    private record TableRows<S>(TableView<S> table) implements Rows {
        @Override
        public boolean noneSelected() {
            return table.getSelectionModel().isEmpty();
        }

        @Override
        public int focused() {
            return table.getFocusModel().getFocusedIndex();
        }

        @Override
        public int size() {
            return table.getItems().size();
        }

        @Override
        public void focus(int row) {
            table.getFocusModel().focus(row, column());
        }

        @Override
        public void select(int row) {
            if (table.getSelectionModel().isCellSelectionEnabled()) {
                table.getSelectionModel().clearAndSelect(row, column());
            } else {
                table.getSelectionModel().clearAndSelect(row);
            }
        }

        /** The focused column in a grid of cells (the first shown when none is), none in a table of rows. */
        private TableColumn<S, ?> column() {
            if (!table.getSelectionModel().isCellSelectionEnabled()) {
                return null;
            }
            TableColumn<S, ?> focused = table.getFocusModel().getFocusedCell() == null ? null
                    : table.getFocusModel().getFocusedCell().getTableColumn();
            List<TableColumn<S, ?>> shown = table.getVisibleLeafColumns();
            return focused != null ? focused : shown.isEmpty() ? null : shown.get(0);
        }
    }

    private record ListRows(ListView<?> list) implements Rows {
        @Override
        public boolean noneSelected() {
            return list.getSelectionModel().isEmpty();
        }

        @Override
        public int focused() {
            return list.getFocusModel().getFocusedIndex();
        }

        @Override
        public int size() {
            return list.getItems().size();
        }

        @Override
        public void focus(int row) {
            list.getFocusModel().focus(row);
        }

        @Override
        public void select(int row) {
            list.getSelectionModel().clearAndSelect(row);
        }
    }
}
