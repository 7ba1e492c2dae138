package com.orderdesk.gui.fulfillment;

import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Short column titles with their long meaning in a tooltip on the header ("Capacity": open
 * shipments the node takes at once): the long titles were cut at 1366 px ("Capacity (open s...").
 * A column has no tooltip of its own, so the meaning is kept in the column's properties and put on
 * its header node whenever the table has been laid out (the skin makes the headers lazily and
 * makes them again when the columns change).
 */
final class HeaderTips {
    static final String KEY = "orderdesk.headerTip";

    private HeaderTips() {
    }

    /** Gives {@code column} the long meaning {@code tip}, shown when the pointer rests on its header. */
    static <S, T> TableColumn<S, T> tip(TableColumn<S, T> column, String tip) {
        column.getProperties().put(KEY, tip);
        return column;
    }

    /** Puts each column's tip on its header after every layout of {@code table}. */
    static void install(TableView<?> table) {
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                apply(table);
            }
        });
    }

    private static void apply(TableView<?> table) {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() != null
                    && h.getTableColumn().getProperties().get(KEY) instanceof String tip
                    && !(n.getProperties().get(KEY) instanceof Tooltip)) {
                Tooltip t = new Tooltip(tip);
                Tooltip.install(n, t);
                n.getProperties().put(KEY, t);
            }
        }
    }

    /** The tooltip put on a header node, or null (for tests). */
    static String tipOn(Node header) {
        return header.getProperties().get(KEY) instanceof Tooltip t ? t.getText() : null;
    }
}
