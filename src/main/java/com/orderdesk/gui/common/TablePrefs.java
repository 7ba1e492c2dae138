package com.orderdesk.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;

/**
 * Remembers a table's column widths and sort order between runs, per table id, in
 * {@link java.util.prefs.Preferences} (user node {@code /com/orderdesk/gui/tables/<tableId>}).
 * Columns are recognised by their {@code id} (set {@code fx:id} or {@code setId} on each column);
 * columns without an id are left alone.
 *
 * <p>Only widths a person set are stored: a width change counts while a mouse button is held on
 * the table's header (a drag on a column border). Widths the layout produces (a small window, a
 * constrained resize policy sharing out the room) are not, or a table once shown in a small
 * window would keep its narrow columns on a large one. Each stored width keeps the column's
 * default width beside it; when the code's default changes, the stored width is dropped, so new
 * defaults reach installs that once showed the table.
 *
 * <pre>{@code
 * TablePrefs.forUser().remember(ordersTable, "orders.list");
 * }</pre>
 */
public final class TablePrefs {
    private static final String SORT = "sort";
    private static final String WIDTH_PREFIX = "width.";
    private static final String DEFAULT_PREFIX = "default.";
    private static final String HEADER = "column-header-background";

    private final Preferences root;

    /** Table preferences stored under {@code root} (tests pass a throwaway node). */
    public TablePrefs(Preferences root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The signed-in OS user's table preferences. */
    public static TablePrefs forUser() {
        return new TablePrefs(Preferences.userRoot().node("com/orderdesk/gui/tables"));
    }

    /**
     * Restores what was stored for {@code tableId} into {@code table}, then stores every later
     * width a person sets by dragging a header border, and every change of the sort order. Call
     * once the columns exist, with their default widths set.
     */
    public void remember(TableView<?> table, String tableId) {
        Preferences node = root.node(tableId);
        restore(table, node);
        boolean[] dragging = {false};
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging[0] = onHeader(e.getTarget(), table));
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> dragging[0] = false);
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getId() != null) {
                double defaultWidth = column.getPrefWidth();
                column.widthProperty().addListener((obs, old, width) -> {
                    if (dragging[0]) {
                        node.putDouble(WIDTH_PREFIX + column.getId(), width.doubleValue());
                        node.putDouble(DEFAULT_PREFIX + column.getId(), defaultWidth);
                    }
                });
            }
        }
        table.getSortOrder().addListener((ListChangeListener<TableColumn<?, ?>>) change -> saveSort(table, node));
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.sortTypeProperty().addListener((obs, old, type) -> saveSort(table, node));
        }
    }

    /** Forgets what is stored for {@code tableId}. */
    public void forget(String tableId) {
        try {
            root.node(tableId).removeNode();
        } catch (BackingStoreException e) {
            // nothing stored, nothing to forget
        }
    }

    /** True when {@code target} lies in {@code table}'s header row (column titles and borders). */
    private static boolean onHeader(Object target, TableView<?> table) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != table; n = n.getParent()) {
            if (n.getStyleClass().contains(HEADER)) {
                return true;
            }
        }
        return false;
    }

    private static void restore(TableView<?> table, Preferences node) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getId() != null) {
                String key = WIDTH_PREFIX + column.getId();
                double width = node.getDouble(key, -1);
                double storedDefault = node.getDouble(DEFAULT_PREFIX + column.getId(), -1);
                if (width > 0 && storedDefault == column.getPrefWidth()) {
                    column.setPrefWidth(width);
                } else if (width > 0) {
                    // stored under another default (or before defaults were stored): the code's new
                    // default wins, and the old width goes
                    node.remove(key);
                    node.remove(DEFAULT_PREFIX + column.getId());
                }
            }
        }
        String sort = node.get(SORT, "");
        if (sort.isEmpty()) {
            return;
        }
        List<TableColumn<?, ?>> order = new ArrayList<>();
        for (String entry : sort.split(",")) {
            String[] parts = entry.split(":");
            TableColumn<?, ?> column = find(table, parts[0]);
            if (column != null && column.isSortable()) {
                column.setSortType(parts.length > 1 && "D".equals(parts[1])
                        ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                order.add(column);
            }
        }
        setSortOrder(table, order);
    }

    @SuppressWarnings("unchecked")
    private static <S> void setSortOrder(TableView<S> table, List<TableColumn<?, ?>> order) {
        List<TableColumn<S, ?>> typed = new ArrayList<>();
        order.forEach(c -> typed.add((TableColumn<S, ?>) c));
        table.getSortOrder().setAll(typed);
    }

    private static void saveSort(TableView<?> table, Preferences node) {
        StringBuilder sort = new StringBuilder();
        for (TableColumn<?, ?> column : table.getSortOrder()) {
            if (column.getId() == null) {
                continue;
            }
            if (sort.length() > 0) {
                sort.append(',');
            }
            sort.append(column.getId()).append(':')
                    .append(column.getSortType() == TableColumn.SortType.DESCENDING ? 'D' : 'A');
        }
        node.put(SORT, sort.toString());
    }

    private static TableColumn<?, ?> find(TableView<?> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
    }
}
