package com.orderdesk.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Remembers a table's column widths and sort order between runs, per table id, in
 * {@link java.util.prefs.Preferences} (user node {@code /com/orderdesk/gui/tables/<tableId>}).
 * Columns are recognised by their {@code id} (set {@code fx:id} or {@code setId} on each column);
 * columns without an id are left alone.
 *
 * <pre>{@code
 * TablePrefs.forUser().remember(ordersTable, "orders.list");
 * }</pre>
 */
public final class TablePrefs {
    private static final String SORT = "sort";
    private static final String WIDTH_PREFIX = "width.";

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
     * change of a column width or of the sort order. Call once the columns exist.
     */
    public void remember(TableView<?> table, String tableId) {
        Preferences node = root.node(tableId);
        restore(table, node);
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getId() != null) {
                column.widthProperty().addListener((obs, old, width) ->
                        node.putDouble(WIDTH_PREFIX + column.getId(), width.doubleValue()));
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

    private static void restore(TableView<?> table, Preferences node) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getId() != null) {
                double width = node.getDouble(WIDTH_PREFIX + column.getId(), -1);
                if (width > 0) {
                    column.setPrefWidth(width);
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
