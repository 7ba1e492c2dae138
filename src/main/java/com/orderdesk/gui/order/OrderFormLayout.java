package com.orderdesk.gui.order;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The order form's layout where it shares the screen: the order inbox shows it beside the message it
 * came from, in about 925 x 490 px at 1366 x 768. Laid out as at order entry it needed 1,120 px, so
 * it scrolled sideways with its Save button and the customer's credit beyond the edge, and its lines
 * table had room for one line.
 */
public final class OrderFormLayout {
    /** A header and three lines of the lines table (rows of about 34 px under the application's look). */
    static final double LINES_MIN_HEIGHT = 150;

    /** The header's row of the requested delivery and the notes, as OrderEntry.fxml lays it out. */
    private static final int DELIVERY_ROW = 3;
    /** The PO's field at its narrowest: "DEMO-C-10012" whole (the demo's POs). */
    private static final double PO_MIN = 130;

    private OrderFormLayout() {
    }

    /**
     * The header's last rows as the review pane has room for them: the channel and the PO on a row, the
     * requested delivery on one of its own, the notes below it, the full width. As at order entry (the
     * delivery under the channel, the notes under the PO) the PO and the date shared some 300 px beside
     * the form's scroll bar at 1366 x 768 where they need about 310: the PO read "DEMO-C-10012" for
     * "DEMO-C-10012-1", and widening it cut the date ("Dec 31, 202"). Now the channel's column is as wide
     * as its widest channel and the labels' as their words, and the PO takes the rest. The fields keep
     * their order (channel, PO, delivery, notes), which is also the tab order.
     */
    private static void headerRows(GridPane grid) {
        List<ColumnConstraints> columns = grid.getColumnConstraints();
        // the labels' columns as wide as their words ("Requested delivery" read "Requested ..." at 96 px)
        columns.get(0).setMinWidth(Region.USE_PREF_SIZE);
        columns.get(2).setMinWidth(Region.USE_PREF_SIZE);
        columns.get(1).setMinWidth(Region.USE_PREF_SIZE);
        columns.get(1).setHgrow(Priority.NEVER);
        columns.get(3).setMinWidth(PO_MIN);
        columns.get(3).setHgrow(Priority.ALWAYS);
        for (Node n : List.copyOf(grid.getChildren())) {
            Integer row = GridPane.getRowIndex(n);
            Integer column = GridPane.getColumnIndex(n);
            if (row == null || row != DELIVERY_ROW) {
                continue;
            }
            if (column != null && column == 1 && n instanceof Region date) {
                // a date needs no more than its own width, and no longer sets the channel's column
                GridPane.setColumnSpan(date, 3);
                date.setMaxWidth(Region.USE_PREF_SIZE);
            } else if (column != null && column >= 2) {
                // the notes (label, field) below the date, their field the full width
                GridPane.setConstraints(n, column - 2, DELIVERY_ROW + 1, column == 3 ? 3 : 1, 1);
            }
        }
    }

    /**
     * Narrower minimums for the header fields and the customer panel, and no timeline beside the lines
     * (a draft has none until it is saved; a saved order's timeline is on the Orders screen), so the
     * form fits the width of the inbox's review pane and the lines get all of it. The lines keep room
     * for three; below that the form scrolls up and down, never sideways.
     */
    public static void compact(Parent orderForm) {
        Node header = orderForm.lookup("#headerGrid");
        if (header instanceof GridPane grid && grid.getColumnConstraints().size() == 4) {
            headerRows(grid);
        }
        if (orderForm.lookup("#customerPanel") instanceof Region customer) {
            // narrower, its credit and contact wrap into a column taller than the fields beside it; 300 px
            // wide, not as wide as its lines: once the header's columns were fitted to their content it
            // took the room the ship-to's address needs ("... Walnut Ave, Chicag...")
            customer.setMinWidth(300);
            customer.setPrefWidth(300);
        }
        if (orderForm.lookup("#linesSplit") instanceof SplitPane lines) {
            if (lines.getItems().size() == 2) {
                lines.getItems().remove(1);
            }
            lines.setMinHeight(LINES_MIN_HEIGHT);
        }
    }
}
