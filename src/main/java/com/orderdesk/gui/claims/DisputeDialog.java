package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.ClaimUseCases;
import com.orderdesk.application.claims.Disputable;
import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.claims.ClaimReason;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Raises a claim (a dispute) on an invoice, as a customer on the phone says what is wrong: the
 * invoice (fixed when the invoices screen chose it), the reason, the amount (what is still free to
 * dispute, at most) and the customer's words. The invoice is looked up and the dispute opened
 * through the use case off the FX thread, the dialog staying open meanwhile; a refusal, the dialog's
 * own or the use case's, is said under the fields and everything typed stays.
 */
public final class DisputeDialog {
    private final ClaimUseCases claims;
    private final Supplier<SignedInUser> user;
    private final Formats formats = Formats.forDefaultLocale();

    public DisputeDialog(ClaimUseCases claims, Supplier<SignedInUser> user) {
        this.claims = claims;
        this.user = user;
    }

    /** Whether the signed-in user may open disputes (the use case refuses the others anyway). */
    public boolean allowed() {
        return user.get().has(Permission.OPEN_DISPUTE);
    }

    /** Shows the dialog and waits; the number of the case opened, or empty when the person cancelled. */
    public Optional<String> ask(Window owner, UiTaskRunner tasks, String invoiceNumber, boolean invoiceFixed) {
        return new Open(tasks, invoiceNumber, invoiceFixed).show(owner);
    }

    /** One showing of the dialog: its fields and the invoice last looked up. */
    private final class Open {
        private final UiTaskRunner tasks;
        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final ButtonType openType = new ButtonType(Messages.get("claims.dispute.open"), ButtonBar.ButtonData.OK_DONE);
        private final TextField invoiceField = new TextField();
        private final Label factsLabel = new Label();
        private final ComboBox<ClaimReason> reasonBox = new ComboBox<>();
        private final TextField amountField = new TextField();
        private final TextField noteField = new TextField();
        private final Label problem = new Label();
        private Disputable looked;
        private String defaultAmount;
        private String opened;
        /** True while the use case opens the case: the dialog may not be closed then (a Cancel would not stop it). */
        private boolean saving;

        Open(UiTaskRunner tasks, String invoiceNumber, boolean invoiceFixed) {
            this.tasks = tasks;
            invoiceField.setText(invoiceNumber == null ? "" : invoiceNumber);
            invoiceField.setEditable(!invoiceFixed);
            invoiceField.setFocusTraversable(!invoiceFixed);
        }

        Optional<String> show(Window owner) {
            dialog.initOwner(owner);
            if (owner != null && owner.getScene() != null) { // the window's look, not the toolkit's default
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            dialog.setTitle(Messages.get("claims.dispute.title"));
            // two lines of their own: at the dialog's width the toolkit broke the first one before its last words
            dialog.setHeaderText(Messages.get("claims.dispute.header"));
            dialog.getDialogPane().setContent(form());
            dialog.getDialogPane().getButtonTypes().setAll(openType, ButtonType.CANCEL);
            dialog.getDialogPane().lookupButton(openType).addEventFilter(ActionEvent.ACTION, e -> {
                e.consume(); // the dialog closes once the use case opened the case
                submit();
            });
            // closing the window (or Escape) while the case is being opened would leave a case the clerk thinks cancelled
            // (filters: the dialog's own Escape and close handlers run before a Dialog close-request handler could refuse)
            dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (saving && e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                }
            });
            dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST,
                    w -> {
                        if (saving) {
                            w.consume();
                        }
                    }));
            if (!invoiceField.getText().isBlank()) {
                lookUp(null);
            }
            javafx.application.Platform.runLater((invoiceField.isEditable() ? invoiceField : reasonBox)::requestFocus);
            dialog.showAndWait();
            return Optional.ofNullable(opened);
        }

        private GridPane form() {
            invoiceField.setId("disputeInvoice");
            invoiceField.setPrefColumnCount(12);
            invoiceField.setPromptText(Messages.get("claims.dispute.invoice.prompt"));
            invoiceField.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && invoiceField.isEditable()) {
                    lookUp(null);
                    e.consume();
                }
            });
            // Tab on to the reason looks the invoice up as Enter does: only Enter did, and a clerk who
            // tabbed on saw no customer or amount under the number until the dispute was opened (tour8, 37c)
            invoiceField.focusedProperty().addListener((o, had, has) -> {
                String typed = invoiceField.getText().strip();
                if (had && !has && invoiceField.isEditable() && !typed.isEmpty() && !saving
                        && (looked == null || !looked.invoiceNumber().equalsIgnoreCase(typed))) {
                    lookUp(null);
                }
            });
            factsLabel.setId("disputeFacts");
            factsLabel.setWrapText(true);
            factsLabel.getStyleClass().add("text-muted");
            reasonBox.setId("disputeReason");
            reasonBox.getItems().setAll(ClaimReason.disputeReasons());
            reasonBox.setConverter(Formats.display(ClaimWords::reason, ""));
            reasonBox.setPromptText(Messages.get("claims.dispute.reason.prompt"));
            reasonBox.setPrefWidth(260);
            // Enter on the reason (taking it from the open list, too) moves on to the amount: it pressed Open dispute,
            // which opened a case before the clerk said how much or why (tour: Space, Down, Enter)
            reasonBox.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    amountField.requestFocus();
                }
            });
            amountField.setId("disputeAmount");
            amountField.setPrefColumnCount(10);
            noteField.setId("disputeNote");
            noteField.setPrefColumnCount(34);
            noteField.setPromptText(Messages.get("claims.dispute.note.prompt"));
            problem.setId("disputeProblem");
            problem.setWrapText(true);
            problem.setMaxWidth(520);
            problem.getStyleClass().add("danger-text");
            // the dialog is sized when shown, before the look-up or a refusal fills these: it grows with them
            // (at 1366 px both were cut to one line, "in dispute 58....")
            for (Label l : new Label[] {factsLabel, problem}) {
                l.setMinHeight(Label.USE_PREF_SIZE);
                l.textProperty().addListener((o, a, b) -> {
                    if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                });
            }
            factsLabel.setMaxWidth(460);
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.setPadding(new Insets(12));
            grid.addRow(0, Mnemonics.labelFor(Messages.get("claims.dispute.invoice"), invoiceField), invoiceField);
            grid.add(factsLabel, 1, 1);
            grid.addRow(2, Mnemonics.labelFor(Messages.get("claims.dispute.reason"), reasonBox), reasonBox);
            grid.addRow(3, Mnemonics.labelFor(Messages.get("claims.dispute.amount"), amountField), amountField);
            grid.addRow(4, Mnemonics.labelFor(Messages.get("claims.dispute.note"), noteField), noteField);
            grid.add(problem, 0, 5, 2, 1);
            return grid;
        }

        /** Looks the typed invoice up off the FX thread; {@code then}, when given, runs once it is known. */
        private void lookUp(Runnable then) {
            String number = invoiceField.getText();
            factsLabel.setText(Messages.get("claims.dispute.lookingUp", number.strip()));
            tasks.run(UiTasks.of(() -> claims.disputable(user.get(), number), d -> {
                looked = d;
                factsLabel.setText(DisputeForm.facts(d, formats));
                // the default follows the invoice, a typed amount stays
                if (amountField.getText().isBlank() || amountField.getText().equals(defaultAmount)) {
                    defaultAmount = formats.money(d.free());
                    amountField.setText(defaultAmount);
                }
                if (then != null) {
                    then.run();
                }
            }, e -> {
                looked = null;
                factsLabel.setText("");
                problem.setText(e.getMessage());
            }));
        }

        private void submit() {
            if (looked == null || !looked.invoiceNumber().equalsIgnoreCase(invoiceField.getText().strip())) {
                if (invoiceField.getText().isBlank()) {
                    problem.setText(Messages.get("claims.dispute.typeInvoice"));
                    invoiceField.requestFocus();
                } else {
                    lookUp(this::submit);
                }
                return;
            }
            DisputeRequest request;
            try {
                request = DisputeForm.request(looked, reasonBox.getValue(), amountField.getText(), noteField.getText(), formats);
            } catch (DisputeForm.Refusal e) {
                problem.setText(e.getMessage());
                switch (e.field) {
                    case INVOICE -> invoiceField.requestFocus();
                    case REASON -> reasonBox.requestFocus();
                    case AMOUNT -> amountField.requestFocus();
                    case NOTE -> noteField.requestFocus();
                }
                return;
            }
            saving(true);
            problem.setText("");
            tasks.run(UiTasks.of(() -> claims.openDispute(user.get(), request), number -> {
                opened = number;
                saving(false);
                dialog.setResult(openType);
                dialog.close();
            }, e -> {
                saving(false);
                problem.setText(e.getMessage() == null ? e.toString() : e.getMessage());
            }));
        }

        /** Both buttons off while the case is opened: the save cannot be called back once it runs. */
        private void saving(boolean now) {
            saving = now;
            dialog.getDialogPane().lookupButton(openType).setDisable(now);
            dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setDisable(now);
        }
    }
}
