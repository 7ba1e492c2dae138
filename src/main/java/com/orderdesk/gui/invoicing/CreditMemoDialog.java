package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.InputException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.model.common.Money;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks what to credit on one invoice: everything not yet credited, or an amount (tax included),
 * always with a reason. Whether it may be credited is decided by the service, which explains a
 * refusal; crediting chosen lines is offered by the service and the command line.
 */
final class CreditMemoDialog {
    private CreditMemoDialog() {
    }

    static Optional<CreditRequest> ask(Window owner, DocumentRow invoice, Formats formats) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Credit memo on " + invoice.number());
        dialog.setHeaderText("Credit memo on invoice " + invoice.number() + " (" + invoice.customerName() + "), total "
                + formats.money(invoice.total()) + ", open " + formats.money(invoice.open()));
        ToggleGroup kind = new ToggleGroup();
        RadioButton full = new RadioButton("Everything not yet credited");
        RadioButton amount = new RadioButton("An amount, tax included:");
        full.setToggleGroup(kind);
        amount.setToggleGroup(kind);
        full.setSelected(true);
        TextField amountField = new TextField();
        amountField.setId("creditAmount");
        amountField.setPromptText("e.g. " + formats.money(Money.of("25.00")));
        amountField.disableProperty().bind(full.selectedProperty());
        TextField reason = new TextField();
        reason.setId("creditReason");
        reason.setPrefColumnCount(32);
        reason.setPromptText("Why: returned goods, price correction, goodwill…");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, full);
        grid.addRow(1, amount, amountField);
        grid.addRow(2, new Label("Reason"), reason);
        grid.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType issue = new ButtonType("Issue credit memo", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(issue, ButtonType.CANCEL);
        CreditRequest[] result = {null};
        dialog.getDialogPane().lookupButton(issue).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                result[0] = full.isSelected() ? new CreditRequest.Full(reason.getText())
                        : new CreditRequest.ByAmount(Money.of(formats.parseMoney(amountField.getText())), reason.getText());
                if (reason.getText() == null || reason.getText().isBlank()) {
                    problem.setText("Give the reason for the credit; it prints on the credit memo.");
                    e.consume();
                }
            } catch (InputException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        reason.requestFocus();
        return dialog.showAndWait().filter(b -> b == issue).map(b -> result[0]);
    }
}
