package com.orderdesk.gui.cash;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The payment's detail below the list (1024 x 768, {@link DeskSplit}) asks less height than beside it: at its full
 * size it took some 470 of the split's ~600 px and left the list one or two payments (the lead's look, 7 December).
 * Below the list: tighter gaps; source and remittance share a row; the apply grid keeps its header and two invoices
 * whole and scrolls the others itself; the applied total stands beside the customer, and Reverse and Post end the row
 * of the grid's actions. About 120 px less, so five payments or more show above a detail whose engine sentence, first
 * invoices and Post show without scrolling. Chosen over a divider the clerk drags and the desk remembers: five payments
 * (~260 px with the header and totals) and the detail at full size (~470) do not fit ~600 px however the divider stands.
 * Beside the list (1366) the detail is as the FXML has it.
 */
final class CompactDetail {
    private static final double GAPS_BESIDE = 10;
    private static final double GAPS_BELOW = 4;
    /** The apply grid's least height beside the list (as the FXML has it), and below it: its header and two rows. */
    private static final double GRID_BESIDE = 180;
    private static final double GRID_BELOW = 112;
    /** The facts' rows beside the list: payer, source, remittance, engine; below it source and remittance share one. */
    private static final int[] ROW_BELOW = {0, 1, 1, 2};
    private static final int[] COLUMN_SHIFT_BELOW = {0, 0, 2, 0};
    private static final String FACT_ROW = "desk-fact-row";
    private static final String POST_ROW = "desk-post-row";

    private CompactDetail() {
    }

    /** Arranges {@code detail} (the FXML's detailBox) for below the list, or back as the FXML has it. */
    static void arrange(Region detail, boolean below) {
        if (!(detail instanceof VBox box)) {
            return;
        }
        box.setSpacing(below ? GAPS_BELOW : GAPS_BESIDE);
        if (box.lookup(".apply-grid") instanceof Region grid) {
            grid.setMinHeight(below ? GRID_BELOW : GRID_BESIDE);
        }
        if (box.lookup("#factsGrid") instanceof GridPane facts) {
            factsInPairs(facts, below);
        }
        Node post = box.lookup("#postButton");
        Node customer = box.lookup("#customerField");
        Node discount = box.lookup("#discountButton");
        if (post != null && customer != null && discount != null) {
            postBesideTheActions((HBox) post.getProperties().getOrDefault(POST_ROW, post.getParent()),
                    (Pane) customer.getParent(), (Pane) discount.getParent(), below);
        }
    }

    /** Source and remittance side by side (both short as a rule, wrapped when not); payer and engine keep the whole width. */
    private static void factsInPairs(GridPane facts, boolean pairs) {
        for (Node n : facts.getChildren()) {
            int row = (Integer) n.getProperties().computeIfAbsent(FACT_ROW, k -> GridPane.getRowIndex(n));
            Integer column = GridPane.getColumnIndex(n);
            int valueOrLabel = column == null ? 0 : column % 2;
            GridPane.setRowIndex(n, pairs ? ROW_BELOW[row] : row);
            GridPane.setColumnIndex(n, valueOrLabel + (pairs ? COLUMN_SHIFT_BELOW[row] : 0));
            GridPane.setColumnSpan(n, pairs && valueOrLabel == 1 && ROW_BELOW[row] != 1 ? 3 : 1);
        }
        var columns = facts.getColumnConstraints();
        if (pairs && columns.size() == 2) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.ALWAYS);
            value.setMinWidth(0);
            columns.addAll(label, value);
        } else if (!pairs && columns.size() > 2) {
            columns.remove(2, columns.size());
        }
    }

    /**
     * The Post row ({@code applied, difference, spacer, Reverse, Post}) shared out below the list: the applied total
     * and the difference after the customer field, the spacer, Reverse and Post after the grid's actions; the row,
     * empty, takes no room. Back again beside the list. The focus order (customer, grid, actions, Reverse, Post) stays.
     */
    private static void postBesideTheActions(HBox postRow, Pane customerRow, Pane actionsRow, boolean below) {
        @SuppressWarnings("unchecked")
        List<Node> all = (List<Node>) postRow.getProperties().computeIfAbsent(POST_ROW + "-children",
                k -> new ArrayList<>(postRow.getChildren()));
        for (Node n : all) {
            n.getProperties().put(POST_ROW, postRow);
        }
        if (below) {
            customerRow.getChildren().addAll(all.subList(0, 2));
            actionsRow.getChildren().addAll(all.subList(2, all.size()));
            HBox.setHgrow(all.get(2), Priority.ALWAYS);
        } else {
            postRow.getChildren().setAll(all);
        }
        postRow.setManaged(!below);
        postRow.setVisible(!below);
    }
}
