package com.orderdesk.gui.order;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
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
     * for three; below that the form scrolls up and down, never sideways. {@code room}: the width the
     * form is shown in (the review pane's view): where it is narrower than the header beside the
     * customer's panel (at 1024 x 768, some 600 px), the panel goes under the header.
     */
    public static void compact(Parent orderForm, ObservableDoubleValue room) {
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
            if (header instanceof Region grid && orderForm instanceof Region form) {
                new CustomerPanelPlace(form, grid, customer, room);
            }
        }
        if (orderForm.lookup(".line-entry") instanceof HBox entry) {
            lineEntryInGroups(entry);
        }
        if (orderForm.lookup("#linesSplit") instanceof SplitPane lines) {
            if (lines.getItems().size() == 2) {
                lines.getItems().remove(1);
            }
            lines.setMinHeight(LINES_MIN_HEIGHT);
        }
    }

    /**
     * The line entry's fields in groups of a label and its field (the Add line button alone), on as
     * many rows as the width needs. In one row at 1024 x 768 they asked for some 700 px in the 590 the
     * review pane has, and the labels read "Prod...", "...", "Pr...", "Disc." (tour of 7 December).
     * The product's field keeps a width for a SKU and a few words of a description (its suggestions
     * list the rest); the fields keep their order, which is also the tab order.
     */
    private static void lineEntryInGroups(HBox entry) {
        FlowPane groups = new FlowPane(12, 6);
        groups.getStyleClass().setAll(entry.getStyleClass());
        groups.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox group = null;
        for (Node n : List.copyOf(entry.getChildren())) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            HBox.setHgrow(n, null);
            if (n instanceof Label || group == null) {
                group = new HBox(entry.getSpacing());
                group.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                groups.getChildren().add(group);
            }
            group.getChildren().add(n);
            if (n instanceof javafx.scene.control.TextField field && field.getId() != null && field.getId().equals("productField")) {
                field.setPrefWidth(PRODUCT_WIDTH);
            }
            if (!(n instanceof Label)) {
                group = null; // a field ends its group; the button stands alone
            }
        }
        if (entry.getParent() instanceof Pane parent) {
            parent.getChildren().set(parent.getChildren().indexOf(entry), groups);
        }
    }

    /** The product's field in the compact line entry: "JA100-02  Can Liner Low Density" whole. */
    private static final double PRODUCT_WIDTH = 240;

    /**
     * The customer's panel beside the header where the form's room holds both, else under it. Decided on
     * the room (the view the form scrolls in), not the form's own width: a form never gets narrower than
     * its minimum, so beside each other they would stay, a sideways scroll away. The choice holds when the
     * view's vertical scroll bar comes or goes with it: under the header the form is taller (a bar can only
     * come, the room narrows), beside it shorter (a bar can only go, the room widens).
     */
    private static final class CustomerPanelPlace {
        private final Region form;
        private final Region grid;
        private final Region customer;
        private final ObservableDoubleValue room;

        CustomerPanelPlace(Region form, Region grid, Region customer, ObservableDoubleValue room) {
            this.form = form;
            this.grid = grid;
            this.customer = customer;
            this.room = room;
            room.addListener(o -> place());
            // held by the form: the room (a binding) is held by its source only weakly, and this by the room;
            // unheld, both were collected and the panel stopped moving (seen in a test run)
            form.getProperties().put(CustomerPanelPlace.class, this);
            place();
        }

        private void place() {
            if (!(grid.getParent() instanceof HBox beside) || !(beside.getParent() instanceof Pane column)) {
                return;
            }
            double width = room.getValue().doubleValue();
            if (width <= 0) {
                return;
            }
            boolean under = customer.getParent() == column;
            double need = grid.minWidth(-1) + beside.getSpacing() + customer.minWidth(-1)
                    + form.snappedLeftInset() + form.snappedRightInset();
            if (width < need && !under) {
                beside.getChildren().remove(customer);
                column.getChildren().add(column.getChildren().indexOf(beside) + 1, customer);
            } else if (width >= need && under) {
                column.getChildren().remove(customer);
                beside.getChildren().add(customer);
            }
        }
    }
}
