package com.orderdesk.gui.order;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
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

    private OrderFormLayout() {
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
            // the labels' column as wide as "Requested delivery" (at 96 px it read "Requested ..."): the
            // room comes from the channel and the PO label's columns, which had more than they need
            double[] minimums = {Region.USE_PREF_SIZE, 124, 112, 130};
            for (int i = 0; i < minimums.length; i++) {
                ColumnConstraints c = grid.getColumnConstraints().get(i);
                c.setMinWidth(minimums[i]);
            }
        }
        if (orderForm.lookup("#customerPanel") instanceof Region customer) {
            // narrower, its credit and contact wrap into a column taller than the fields beside it
            customer.setMinWidth(300);
        }
        if (orderForm.lookup("#linesSplit") instanceof SplitPane lines) {
            if (lines.getItems().size() == 2) {
                lines.getItems().remove(1);
            }
            lines.setMinHeight(LINES_MIN_HEIGHT);
        }
    }
}
