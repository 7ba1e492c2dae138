package com.orderdesk.gui.common;

import javafx.scene.control.Cell;
import javafx.scene.control.Tooltip;

/**
 * A cell's text whole in its tooltip, with one tooltip per cell whose text follows the cell's row.
 * A new tooltip per cell update (a popup control, styled on its own) was made for every cell of
 * every row a list showed or measured: {@code ColumnFit.wholeText} sampled on the FX thread during
 * a list's first fill (pulse log sweep of 6 December).
 */
public final class CellTip {
    private CellTip() {
    }

    /** Shows {@code text} whole in {@code cell}'s tooltip, wrapped at {@link ColumnFit#TOOLTIP_WIDTH}; none for no text. */
    public static void show(Cell<?> cell, String text) {
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        Tooltip tip = (Tooltip) cell.getProperties().computeIfAbsent(CellTip.class, k -> {
            Tooltip made = new Tooltip();
            made.setWrapText(true);
            made.setMaxWidth(ColumnFit.TOOLTIP_WIDTH);
            return made;
        });
        tip.setText(text);
        if (cell.getTooltip() != tip) {
            cell.setTooltip(tip);
        }
    }
}
