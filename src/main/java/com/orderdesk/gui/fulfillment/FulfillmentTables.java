package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.fulfillment.QueueRow;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;

/** Columns of the fulfillment screen's three tables: the queue, the plan, the alternatives. */
final class FulfillmentTables {
    private static final com.orderdesk.gui.common.Formats FORMATS = com.orderdesk.gui.common.Formats.forDefaultLocale();

    private FulfillmentTables() {
    }

    static void queue(TableView<QueueRow> t) {
        TableColumn<QueueRow, StatusKind> status = StatusChip.column("Status",
                r -> StatusKind.fromName(r.status().name()).orElse(null), 95);
        // 140, on one line with the whole name in its tooltip: at 170 the customer waited for a wider
        // pane and left ~150 px empty beside the status at 1366 px, once the queue had the map's column
        TableColumn<QueueRow, String> customer = TextColumn.of("Customer", QueueRow::customerName, 140);
        com.orderdesk.gui.common.ColumnFit.oneLine(customer);
        t.getColumns().setAll(List.of(
                TextColumn.of("Order", QueueRow::orderNumber, 95),
                TextColumn.of("Routing", r -> r.routing().label(), 118),
                status,
                customer,
                TextColumn.of("Ship to", QueueRow::shipToPlace, 130),
                right(TextColumn.of("Cost", r -> r.shipments() == 0 ? "" : FORMATS.money(r.plannedCost()), 70))));
        // at 1366 px the queue has room for order and routing: the status showed as a sliver ("S")
        // over a sideways bar; the columns that do not fit whole now wait until the pane is widened
        com.orderdesk.gui.common.ColumnFit.wholeOnly(t);
    }

    /**
     * The queue shown through the search field (order number, customer or place), with its count below and a
     * placeholder that says when the search hides the orders waiting.
     */
    static void searchable(TableView<QueueRow> queueTable, javafx.collections.ObservableList<QueueRow> queue,
                           javafx.scene.control.TextField searchField, javafx.scene.control.Label queueCount) {
        com.orderdesk.gui.common.TableFilter<QueueRow> filter = com.orderdesk.gui.common.TableFilter.install(queueTable, queue);
        filter.filterByText(searchField.textProperty(), (r, text) -> {
            String t = text.toLowerCase(java.util.Locale.ROOT);
            return r.orderNumber().toLowerCase(java.util.Locale.ROOT).contains(t)
                    || r.customerName().toLowerCase(java.util.Locale.ROOT).contains(t)
                    || r.shipToPlace().toLowerCase(java.util.Locale.ROOT).contains(t);
        });
        com.orderdesk.gui.common.SearchToList.install(searchField, queueTable);
        // "1 order", not "1 orders" (tour of 6 December: a search for one order read "1 orders awaiting ...")
        queueCount.textProperty().bind(filter.shownText("%,d order awaiting fulfillment", "%,d orders awaiting fulfillment"));
        // empty because the search hides the orders waiting, it says so (tour of 6 December)
        if (queueTable.getPlaceholder() instanceof javafx.scene.control.Label empty) {
            empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> FulfillmentText.emptyQueue(queue.size()), queue));
        }
    }

    /** How the override's line box names a plan line: "GLV-NIT-L \u00d7 10 from DC-ATL". */
    static javafx.util.StringConverter<PlanRow> planLineNames() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(PlanRow r) {
                return r == null ? "" : r.sku() + " \u00d7 " + r.qty() + " from " + r.node();
            }

            @Override
            public PlanRow fromString(String s) {
                return null;
            }
        };
    }

    static void plan(TableView<PlanRow> t) {
        TableColumn<PlanRow, PlanRow> shipment = new TableColumn<>("Shipment");
        shipment.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        shipment.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PlanRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Rectangle swatch = new Rectangle(12, 12);
                    swatch.getStyleClass().addAll("route-swatch", MapMarkers.colorClass(r.colorIndex()));
                    setGraphic(swatch);
                    setText(r.shipment());
                }
            }
        });
        // Widths are what the longest usual value needs ("SH-100123" with its swatch, "TWL-ROLL-8",
        // "Overnight", "Nov 26"), so that at 1366 px every column shows whole. "Cost" is the shipment's, repeated on
        // each of its lines as the node and dates are. The quantity shipped has no column of its own
        // (it would cost the room the dates need): a line shipped short reads "5 of 8".
        shipment.setPrefWidth(108);
        // as wide as "Cancelled" or "Released" in the table's font: at 74 px, sized for "Planned", a
        // released shipment read "Releas..." (tour of 6 December, olivia)
        TableColumn<PlanRow, String> status = TextColumn.of("Status", PlanRow::status, 88);
        TableColumn<PlanRow, String> service = TextColumn.of("Service", PlanRow::service, 80);
        TableColumn<PlanRow, String> cost = right(TextColumn.of("Cost", PlanRow::cost, 64));
        // the node and the SKU 78 and 104 px: at 70 and 96, "DC-CMH" and "TWL-ROLL-8" read cut at 1024 px in the
        // application's look once the columns had their own widths (look of 7 December)
        t.getColumns().setAll(List.of(shipment,
                TextColumn.of("Node", PlanRow::node, 78),
                status,
                TextColumn.of("SKU", PlanRow::sku, 104),
                right(TextColumn.of("Qty", FulfillmentTables::quantity, 62)),
                service,
                TextColumn.of("Ships", PlanRow::ships, 64),
                TextColumn.of("Arrives", PlanRow::arrives, 74),
                cost));
        t.setId("planTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // at 1024 x 768 the plan has some 630 px: sharing them, every column was cut ("SH-102...", "DC-...", titles
        // "Sh...", "Arri...", look of 7 December). The service (also on the map's labels), then the cost (on the map's
        // labels and the alternatives), then the status give way instead, and show again where the room is
        com.orderdesk.gui.common.ColumnFit.giveWay(t, List.of(service, cost, status));
    }

    /**
     * The plan's name and the costs as wide as their values, the nodes taking the rest: at fixed widths
     * (the nodes 136 px, the costs some 80 each) a constrained table cut "Nearest first" and
     * "DC-ATL, DC-CMH" at 1366 px (tour of 6 December).
     */
    static void alternatives(TableView<AlternativeRow> t) {
        TableColumn<AlternativeRow, String> plan = TextColumn.of("Plan", AlternativeRow::label, 56);
        // 110 at least (the fill gives it the rest): at 136 the widest costs pushed "vs best" past the edge.
        // A plan from three nodes wraps onto a second line in its row: at 1366 px the column has some
        // 150 px, and on one line it read "DC-ATL, DC-CMH,..." (tour of 6 December)
        TableColumn<AlternativeRow, String> nodes = TextColumn.of("Nodes", AlternativeRow::nodes, 110);
        com.orderdesk.gui.common.ColumnFit.wrap(nodes);
        List<TableColumn<AlternativeRow, String>> costs = List.of(
                right(TextColumn.of("Handling", r -> money(r.handling()), 82)),
                right(TextColumn.of("Picking", r -> money(r.picking()), 70)),
                right(TextColumn.of("Zone rate", r -> money(r.rate()), 88)),
                right(TextColumn.of("Backorder", r -> money(r.backorder()), 94)),
                right(TextColumn.of("Total", r -> FORMATS.money(r.total()), 70)),
                right(TextColumn.of("vs best", r -> r.delta().signum() <= 0 ? "" : "+" + FORMATS.money(r.delta()), 72)));
        List<TableColumn<AlternativeRow, String>> all = new java.util.ArrayList<>(List.of(plan, nodes));
        all.addAll(costs);
        t.getColumns().setAll(all);
        t.setId("altTable");
        List<TableColumn<AlternativeRow, String>> fitted = new java.util.ArrayList<>(costs);
        fitted.add(0, plan);
        com.orderdesk.gui.common.ContentWidth.fit(t, fitted);
        com.orderdesk.gui.common.ColumnFit.fill(t, nodes);
        // at 1024 x 768 the alternatives have some 620 px, their columns some 690: "vs best" lay behind a sideways bar
        // (look of 8 December, olivia). The picking, then the handling give way: the same few cents in every plan of
        // an order, where the zone rate, the backorder, the total and what a plan costs more than the best tell the
        // plans apart; they show again where the room is
        com.orderdesk.gui.common.ColumnFit.giveWay(t, List.of(costs.get(1), costs.get(0)), nodes, 110);
    }

    /** The line's quantity; once shipped, "5 of 8" when fewer went than were planned. */
    static String quantity(PlanRow r) {
        if (r.shipped() == null || r.shipped() == r.qty()) {
            return String.valueOf(r.qty());
        }
        return r.shipped() + " of " + r.qty();
    }

    /** Costs as every amount on screen reads: the user's separators, two decimals (the queue's cost read "1234.5"). */
    static String money(double v) {
        return FORMATS.money(java.math.BigDecimal.valueOf(v));
    }

    private static <S> TableColumn<S, String> right(TableColumn<S, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
