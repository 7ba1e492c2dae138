package com.orderdesk.gui.credit;

import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.InputException;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.security.SignedInUser;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * "Record review...": the credit manager says the customer's credit was reviewed today and when the next
 * review is due (twelve months ahead unless they pick another day; a typed date counts), with an optional
 * note. Enter records, Esc cancels. The use case runs off the FX thread with the dialog open; a refusal
 * is said under the fields and everything typed stays.
 */
final class ReviewDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType saveType = new ButtonType(Messages.get("holds.review.save"), ButtonBar.ButtonData.OK_DONE);
    private final DatePicker nextField = new DatePicker();
    private final TextField noteField = new TextField();
    private final Label problem = new Label();
    private final CreditUseCases desk;
    private final SignedInUser user;
    private final UiTaskRunner tasks;
    private final CustomerCreditProfile customer;
    private CreditUseCases.ReviewRecorded recorded;
    /** While the use case runs: the dialog may not be closed then (a Cancel would not stop it). */
    private boolean saving;

    private ReviewDialog(CreditUseCases desk, SignedInUser user, UiTaskRunner tasks, CustomerCreditProfile customer) {
        this.desk = desk;
        this.user = user;
        this.tasks = tasks;
        this.customer = customer;
    }

    /** Whether the action applies to the shown hold: one of its reasons is the overdue review. */
    static boolean applies(HoldDetail shown) {
        return shown != null && shown.reasons().stream().anyMatch(r -> r.code() == CreditReason.CREDIT_REVIEW_OVERDUE);
    }

    /** Shows the dialog and waits: what was recorded, or empty when the manager cancelled. */
    static Optional<CreditUseCases.ReviewRecorded> ask(Window owner, UiTaskRunner tasks, CreditUseCases desk, SignedInUser user,
                                                      CustomerCreditProfile customer, Formats formats, LocalDate today) {
        return new ReviewDialog(desk, user, tasks, customer).show(owner, formats, today);
    }

    private Optional<CreditUseCases.ReviewRecorded> show(Window owner, Formats formats, LocalDate today) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) { // the window's look, not the toolkit's default
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(Messages.get("holds.review.title"));
        LocalDate due = customer.creditReviewDate();
        dialog.setHeaderText(Messages.get("holds.review.header", customer.customerName(), formats.date(today),
                due == null ? Messages.get("holds.review.none") : formats.date(due)));
        dialog.getDialogPane().setContent(form(formats));
        dialog.getDialogPane().setId("reviewDialog");
        dialog.getDialogPane().getButtonTypes().setAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(saveType).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes once the use case has recorded the review
            submit();
        });
        // Enter records from either field (the picker's own Enter only committed its text); Esc cancels
        // unless the review is being recorded (filters: they run before the fields' and the dialog's handlers)
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                submit();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                if (!saving) {
                    dialog.setResult(ButtonType.CANCEL);
                    dialog.close();
                }
            }
        });
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST,
                w -> {
                    if (saving) {
                        w.consume();
                    }
                }));
        nextField.setValue(desk.defaultNextReview(user));
        Platform.runLater(nextField::requestFocus);
        dialog.showAndWait();
        return Optional.ofNullable(recorded);
    }

    private GridPane form(Formats formats) {
        DateEntry.attach(nextField, formats);
        nextField.setId("reviewNext");
        nextField.setEditable(true);
        nextField.setPrefWidth(170);
        noteField.setId("reviewNote");
        noteField.setPrefColumnCount(32);
        noteField.setPromptText(Messages.get("holds.review.note.prompt"));
        problem.setId("reviewProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.getStyleClass().add("danger-text");
        // the dialog is sized when shown; a refusal's sentence grows it instead of being cut
        problem.textProperty().addListener((o, a, b) -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, Mnemonics.labelFor(Messages.get("holds.review.next"), nextField), nextField);
        grid.addRow(1, Mnemonics.labelFor(Messages.get("holds.review.note"), noteField), noteField);
        grid.add(problem, 0, 2, 2, 1);
        return grid;
    }

    private void submit() {
        if (saving) {
            return;
        }
        LocalDate next;
        try {
            next = DateEntry.entered(nextField).date();
        } catch (InputException e) {
            problem.setText(e.getMessage());
            nextField.requestFocus();
            return;
        }
        String note = noteField.getText();
        LocalDate seen = customer.creditReviewDate();
        saving(true);
        problem.setText("");
        tasks.run(UiTasks.of(() -> desk.recordReview(user, customer.customerId(), seen, next, note), done -> {
            recorded = done;
            saving(false);
            dialog.setResult(saveType);
            dialog.close();
        }, e -> {
            saving(false);
            problem.setText(e.getMessage() == null ? e.toString() : e.getMessage());
            nextField.requestFocus();
        }));
    }

    /** Both buttons off while the review is recorded: the save cannot be called back once it runs. */
    private void saving(boolean now) {
        saving = now;
        dialog.getDialogPane().lookupButton(saveType).setDisable(now);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setDisable(now);
    }
}
