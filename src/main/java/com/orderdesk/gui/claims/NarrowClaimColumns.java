package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.NarrowTable;
import com.orderdesk.logic.claims.ClaimRow;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The claims queue where it is narrower than its columns at 1366 x 768 (a 1024 x 768 window, narrow17, 7 December:
 * some 800 px of columns in about 585, the Status a sideways scroll away and the customer cut after 15 letters).
 * The short columns are as wide as their values already ({@code ContentWidth.fit} in {@link ClaimColumns}); there
 * the invoice, the reason and the owner are hidden (the selected case's evidence says all three, beside the queue,
 * and the filters and the counts under the queue still sort by reason and owner), and the customer takes what is
 * left from {@link #CUSTOMER_MIN} ({@code ColumnFit.fill}): the case, the customer, the amount, the status and the age,
 * what the queue is scanned for. Where the queue holds every column as it is (1366 x 768) they are all shown again
 * and the customer's floor is given back. The same way as the returns' and the inbox's ({@link NarrowTable}).
 */
final class NarrowClaimColumns extends NarrowTable<ClaimRow> {
    /** The customer at its narrowest, the floor the fill widens it from (it is shortened there, whole in its tooltip). */
    static final double CUSTOMER_MIN = 100;

    private final List<TableColumn<ClaimRow, ?>> hidden;
    private final TableColumn<ClaimRow, ?> customer;
    private final double customerFull;
    /** Each hidden column's width when last shown: hidden, its title is not measured ({@code ContentWidth}), and it narrows. */
    private final java.util.Map<TableColumn<ClaimRow, ?>, Double> shownWidth = new java.util.HashMap<>();
    private boolean narrow;

    private NarrowClaimColumns(TableView<ClaimRow> table, List<TableColumn<ClaimRow, ?>> hidden, TableColumn<ClaimRow, ?> customer) {
        super(table);
        this.hidden = hidden;
        this.customer = customer;
        this.customerFull = customer.getPrefWidth();
        // the other columns follow their values (ContentWidth.fit): a wider value may make the queue narrow
        for (TableColumn<ClaimRow, ?> c : table.getColumns()) {
            if (c != customer) {
                c.prefWidthProperty().addListener(o -> later());
            }
        }
        later();
    }

    /**
     * Narrows {@code table}'s columns wherever it is narrower than they are; call after its columns, their fit and the
     * fill. Its side of {@code split} is widened again to hold them wherever the window has the room: at 1024 x 768 the
     * evidence's minimum moves the divider, and grown back to 1366 the queue kept that share (some 810 px for columns
     * of some 820) and stayed narrow. The queue gets back the share of the split its FXML gives it wherever the
     * window has the room (a divider dragged is kept until the window's width changes).
     */
    static void install(TableView<ClaimRow> table, javafx.scene.control.SplitPane split, List<TableColumn<ClaimRow, ?>> hidden,
                        TableColumn<ClaimRow, ?> customer) {
        NarrowClaimColumns narrowing = new NarrowClaimColumns(table, hidden, customer);
        if (split != null && split.getItems().get(0) instanceof javafx.scene.layout.Region side) {
            // at least the share the desk gives it (its FXML's divider): back at 1366 the queue as it was, the customer too
            double share = split.getDividerPositions()[0];
            com.orderdesk.gui.common.SplitRoom.keepWhereRoom(split, side, () -> Math.max(narrowing.wideWidth(),
                    share * (split.getWidth() - split.snappedLeftInset() - split.snappedRightInset()) - com.orderdesk.gui.common.SplitRoom.DIVIDER),
                    table.itemsProperty());
        }
    }

    /** The queue's width with every column as the wide queue sets them, its border and the vertical bar's room. */
    private double wideWidth() {
        return fullWidth() + table.snappedLeftInset() + table.snappedRightInset() + BAR + 1;
    }

    /** What every column asks as the wide queue sets them: each as wide as its values, the customer at its own width. */
    private double fullWidth() {
        double sum = 0;
        for (TableColumn<ClaimRow, ?> c : table.getColumns()) {
            sum += c == customer ? customerFull : Math.max(c.getPrefWidth(), shownWidth.getOrDefault(c, 0d));
        }
        return sum;
    }

    @Override
    protected void fit() {
        boolean wasNarrow = narrow;
        narrow = room() < fullWidth();
        if (narrow != wasNarrow) {
            if (narrow) {
                hidden.forEach(c -> shownWidth.put(c, c.getPrefWidth()));
            } else {
                shownWidth.clear();
            }
            // the floor the fill widens the customer from (set here, it is taken as the column's own width), before the
            // columns are shown or hidden: their coming and going refits the fill (set after, at 1366 in a real window the
            // customer kept its 150 px beside some 100 px no column used: the columns shown again kept their widths)
            customer.setPrefWidth(narrow ? CUSTOMER_MIN : customerFull);
            hidden.forEach(c -> c.setVisible(!narrow));
            if (!narrow) {
                // the cells of the columns shown again kept the text they were shortened to while hidden
                // ("INV-010002" read "INV-01..." in its 97 px at 1366)
                javafx.application.Platform.runLater(table::refresh);
            }
        }
    }
}
