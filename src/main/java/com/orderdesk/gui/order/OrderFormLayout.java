package com.orderdesk.gui.order;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
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

    /** The widest the PO's column grows to show its number whole; a longer one scrolls in its field. */
    static final double PO_MAX = 220;

    private OrderFormLayout() {
    }

    /**
     * Keeps the PO's column as wide as the PO in its field (at least {@code floor}, at most
     * {@link #PO_MAX}): the room comes from the channel's column beside it, which has more than
     * "Email" needs. At 130 px the demo's "DEMO-C-10012-1" read "DEMO-C-10012" under review (tour of
     * 6 December).
     */
    private static void wholePo(TextField po, ColumnConstraints column, double floor) {
        javafx.beans.InvalidationListener fit = o -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text(po.getText() == null ? "" : po.getText());
            text.setFont(po.getFont());
            // the caret's pixel and a little slack beside the text
            double need = text.getLayoutBounds().getWidth() + po.snappedLeftInset() + po.snappedRightInset() + 4;
            column.setMinWidth(Math.max(floor, Math.min(PO_MAX, Math.ceil(need))));
        };
        po.textProperty().addListener(fit);
        po.fontProperty().addListener(fit);
        po.paddingProperty().addListener(fit);
        po.borderProperty().addListener(fit);
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
            if (orderForm.lookup("#poField") instanceof TextField po) {
                wholePo(po, grid.getColumnConstraints().get(3), minimums[3]);
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
