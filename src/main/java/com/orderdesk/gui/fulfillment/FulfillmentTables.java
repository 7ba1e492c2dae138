package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.logic.fulfillment.QueueRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;

/** Columns of the fulfillment screen's three tables: the queue, the plan, the alternatives. */
final class FulfillmentTables {
    private FulfillmentTables() {
    }

    static void queue(TableView<QueueRow> t) {
        TableColumn<QueueRow, StatusKind> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(StatusKind.fromName(c.getValue().status().name()).orElse(null)));
        status.setCellFactory(StatusChip.cellFactory());
        status.setPrefWidth(95);
        t.getColumns().setAll(List.of(
                column("Order", QueueRow::orderNumber, 95),
                column("Routing", r -> r.routing().label(), 150),
                status,
                column("Customer", QueueRow::customerName, 170),
                column("Ship to", QueueRow::shipToPlace, 130),
                right(column("Cost", r -> r.shipments() == 0 ? "" : r.plannedCost().amount().toPlainString(), 70))));
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
                    Rectangle swatch = new Rectangle(12, 12, MapMarkers.colorOf(r.colorIndex()));
                    setGraphic(swatch);
                    setText(r.shipment());
                }
            }
        });
        shipment.setPrefWidth(120);
        t.getColumns().setAll(List.of(shipment,
                column("Node", PlanRow::node, 70),
                column("Status", PlanRow::status, 75),
                column("SKU", PlanRow::sku, 100),
                right(column("Qty", r -> String.valueOf(r.qty()), 45)),
                right(column("Shipped", r -> r.shipped() == null ? "" : String.valueOf(r.shipped()), 60)),
                column("Service", PlanRow::service, 75),
                column("Ships", PlanRow::ships, 85),
                column("Arrives", PlanRow::arrives, 85),
                right(column("Shipment cost", PlanRow::cost, 95))));
        t.setId("planTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    static void alternatives(TableView<AlternativeRow> t) {
        t.getColumns().setAll(List.of(
                column("Plan", AlternativeRow::label, 80),
                column("Nodes", AlternativeRow::nodes, 110),
                right(column("Handling", r -> money(r.handling()), 68)),
                right(column("Picking", r -> money(r.picking()), 60)),
                right(column("Zone rate", r -> money(r.rate()), 70)),
                right(column("Backorder", r -> money(r.backorder()), 72)),
                right(column("Total", r -> money(r.total()), 70)),
                right(column("vs best", r -> r.delta() < 0.005 ? "" : "+" + money(r.delta()), 70))));
        t.setId("altTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    static String money(double v) {
        return String.format(Locale.US, "%,.2f", v);
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <S> TableColumn<S, String> right(TableColumn<S, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
