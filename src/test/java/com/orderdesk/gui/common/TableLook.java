package com.orderdesk.gui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the narrow-window screen tests read off a list once it is laid out: its columns' widths, whether it
 * scrolls sideways, where a column's header ends. One copy for the invoices, claims, returns, dunning and
 * order lines tests, which each had their own.
 */
public final class TableLook {
    private TableLook() {
    }

    /** Each shown column's title and width, rounded, laid out first. */
    public static Map<String, Long> widths(TableView<?> table) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                table.getScene().getRoot().applyCss();
                table.getScene().getRoot().layout();
                Map<String, Long> out = new LinkedHashMap<>();
                table.getVisibleLeafColumns().forEach(c -> out.put(c.getText(), Math.round(c.getWidth())));
                return out;
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Whether a list or table shows a horizontal scroll bar, laid out first. */
    public static boolean sidewaysBar(Parent list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            list.applyCss();
            list.layout();
            return list.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar bar
                    && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        }).get();
    }

    /**
     * How far the header of the column titled {@code title} ends past the inside of the table's right edge
     * (negative: inside; none shown: a large number).
     */
    public static double columnEdge(TableView<?> table, String title) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            double edge = table.localToScene(table.getLayoutBounds()).getMaxX() - table.snappedRightInset();
            for (Node n : table.lookupAll(".column-header")) {
                if (n instanceof TableColumnHeader h && h.getTableColumn() != null && title.equals(h.getTableColumn().getText())
                        && h.getTableColumn().isVisible()) {
                    return h.localToScene(h.getLayoutBounds()).getMaxX() - edge;
                }
            }
            return Double.MAX_VALUE;
        }).get();
    }
}
