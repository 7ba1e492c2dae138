package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.StoredShipment;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Pick, pack and ship one shipment: carrier, tracking number, ship date and the quantity that
 * actually left per line (less than planned is a short pick, re-routed by the service).
 */
final class ShipDialog {
    private ShipDialog() {
    }

    static Optional<ShipConfirmation> ask(Window owner, StoredShipment shipment, LocalDate today) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Confirm shipped: " + shipment.number());
        dialog.setHeaderText(shipment.number() + " from " + shipment.nodeCode() + ": quantities actually packed and shipped");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ComboBox<String> carrier = new ComboBox<>();
        carrier.setEditable(true);
        carrier.getItems().addAll("UPS Ground", "FedEx Ground", "USPS Priority", "LTL freight");
        carrier.setValue("UPS Ground");
        TextField tracking = new TextField();
        tracking.setId("trackingField");
        DatePicker date = new DatePicker(today);
        grid.addRow(0, new Label("Carrier"), carrier);
        grid.addRow(1, new Label("Tracking number"), tracking);
        grid.addRow(2, new Label("Ship date"), date);
        Map<Long, Spinner<Integer>> quantities = new LinkedHashMap<>();
        int row = 3;
        for (StoredShipment.Line line : shipment.lines()) {
            Spinner<Integer> qty = new Spinner<>(0, line.planned(), line.planned());
            qty.setEditable(true);
            qty.setPrefWidth(90);
            quantities.put(line.id(), qty);
            grid.addRow(row++, new Label(line.sku() + " (planned " + line.planned() + ")"), qty);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> {
            Map<Long, Integer> shipped = new HashMap<>();
            quantities.forEach((id, spinner) -> shipped.put(id, spinner.getValue()));
            return new ShipConfirmation(shipment.id(), shipment.version(), carrier.getEditor().getText(), tracking.getText(),
                    date.getValue(), shipped);
        });
    }
}
