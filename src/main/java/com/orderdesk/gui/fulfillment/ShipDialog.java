package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.fulfillment.ServiceLabels;
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
 * Pick, pack and ship one shipment: the planned carrier service and dates (shown, with the
 * carrier product that buys the service proposed), carrier, tracking number, ship date and the
 * quantity that actually left per line (less than planned is a short pick, re-routed by the service).
 */
final class ShipDialog {
    private ShipDialog() {
    }

    private static final Formats FORMATS = Formats.forDefaultLocale();

    /** The carrier product that buys the planned service (the clerk may type another). */
    static String carrierFor(String service) {
        if (service == null) {
            return "UPS Ground";
        }
        return switch (service) {
            case "OVERNIGHT" -> "UPS Next Day Air";
            case "TWO_DAY" -> "UPS 2nd Day Air";
            default -> "UPS Ground";
        };
    }

    static Optional<ShipConfirmation> ask(Window owner, StoredShipment shipment, LocalDate today) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Confirm shipped: " + shipment.number());
        dialog.setHeaderText(shipment.number() + " from " + shipment.nodeCode() + ": quantities actually packed and shipped");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        // labels and the planned service read whole: the dialog grows to them instead of cutting
        // "to arrive Dec ..." and "MR523-03 (pla..." as it did at its default width
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
        ComboBox<String> carrier = new ComboBox<>();
        carrier.setEditable(true);
        carrier.getItems().addAll("UPS Ground", "UPS 2nd Day Air", "UPS Next Day Air", "FedEx Ground", "USPS Priority",
                "LTL freight");
        StoredShipment.Dates planned = shipment.planned();
        carrier.setValue(carrierFor(planned.service()));
        TextField tracking = new TextField();
        tracking.setId("trackingField");
        DatePicker date = new DatePicker(today);
        int row = 0;
        if (planned.service() != null) {
            // what routing promised: the service to buy and the date the customer was told
            Label plan = new Label(ServiceLabels.label(planned.service()) + ": planned to leave " + FORMATS.date(planned.shipDate())
                    + ", to arrive " + FORMATS.date(planned.deliveryDate()));
            plan.setId("plannedServiceLabel");
            plan.getStyleClass().add("text-bold");
            plan.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, new Label("Service"), plan);
        }
        grid.addRow(row++, new Label("Carrier"), carrier);
        grid.addRow(row++, new Label("Tracking number"), tracking);
        grid.addRow(row++, new Label("Ship date"), date);
        Map<Long, Spinner<Integer>> quantities = new LinkedHashMap<>();
        for (StoredShipment.Line line : shipment.lines()) {
            Spinner<Integer> qty = new Spinner<>(0, line.planned(), line.planned());
            qty.setEditable(true);
            qty.setPrefWidth(90);
            quantities.put(line.id(), qty);
            grid.addRow(row++, new Label(line.sku() + " (planned " + line.planned() + ")"), qty);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // the field the warehouse has to type: the dialog opened on OK, one Enter from confirming without it
        dialog.setOnShown(e -> javafx.application.Platform.runLater(tracking::requestFocus));
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> {
            Map<Long, Integer> shipped = new HashMap<>();
            quantities.forEach((id, spinner) -> shipped.put(id, spinner.getValue()));
            return new ShipConfirmation(shipment.id(), shipment.version(), carrier.getEditor().getText(), tracking.getText(),
                    date.getValue(), shipped);
        });
    }
}
