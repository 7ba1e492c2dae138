package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Chooses which shipped shipments to invoice now: all of them are selected to start with; the
 * clerk may narrow the set (Ctrl+Up/Down and Ctrl+Space, Ctrl+click, Shift+click). Issuing is irreversible, so this dialog is
 * also the one confirmation.
 */
final class ShipmentsToInvoiceDialog {
    /** The keyboard's way first: the tour of 6 December found only the mouse's said (Ctrl+click). */
    static final String LEAVE_ONE_OUT = "Selected shipments (to leave one out: Ctrl+Up/Down to it, Ctrl+Space; or Ctrl+click):";

    /** The width a line reads whole in: shipment, order, customer and name, lines, units and date. */
    static final double WIDTH = 900;

    private ShipmentsToInvoiceDialog() {
    }

    /** Wrapped: over a narrow window the hint was cut after "or Ctrl...". */
    private static Label hint() {
        Label hint = new Label(LEAVE_ONE_OUT);
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        return hint;
    }

    static Optional<List<Long>> ask(Window owner, List<ShipmentToInvoice> waiting, Formats formats) {
        Dialog<List<Long>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Invoice shipped shipments");
        dialog.setHeaderText(waiting.size() + " shipments are shipped and wait for their invoice."
                + " Issued invoices never change; corrections are made with credit memos.");
        ListView<ShipmentToInvoice> list = new ListView<>();
        list.setId("shipmentsToInvoice");
        list.setId("shipmentsToInvoice");
        list.getItems().setAll(waiting);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().selectAll();
        list.setPrefSize(860, 380);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ShipmentToInvoice s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : describe(s, formats));
            }
        });
        dialog.setResizable(true);
        // the look's dialogs are at most 600 px wide (AtlantaFX: -fx-max-width, which overrode a max width
        // set in code), so the 900 asked opened as 600 at 1366 x 768 (tour of 6 December): an inline style wins
        double width = owner == null ? WIDTH : Math.min(WIDTH, owner.getWidth());
        dialog.getDialogPane().setPrefWidth(width);
        dialog.getDialogPane().setStyle("-fx-max-width: " + width + "px;");
        dialog.getDialogPane().setContent(new VBox(8, hint(), list));
        ButtonType issue = new ButtonType("Issue invoices", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(issue, ButtonType.CANCEL);
        Button issueButton = (Button) dialog.getDialogPane().lookupButton(issue);
        issueButton.setId("issueSelected");
        var selected = Bindings.size(list.getSelectionModel().getSelectedItems());
        issueButton.textProperty().bind(Bindings.when(selected.isEqualTo(1)).then("Issue 1 invoice")
                .otherwise(selected.asString("Issue %d invoices")));
        issueButton.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        dialog.setResultConverter(b -> b == issue
                ? list.getSelectionModel().getSelectedItems().stream().map(ShipmentToInvoice::shipmentId).toList() : null);
        list.requestFocus();
        return dialog.showAndWait();
    }

    /** One shipment as the list shows it; one line or unit is counted as one ("1 line", not "1 lines"). */
    static String describe(ShipmentToInvoice s, Formats formats) {
        return s.shipmentNumber() + "   " + s.orderNumber() + "   " + s.customerNumber() + " " + s.customerName() + "   "
                + count(s.lines(), "line") + ", " + count(s.units(), "unit")
                + (s.shipDate() == null ? "" : ", shipped " + formats.date(s.shipDate()));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
