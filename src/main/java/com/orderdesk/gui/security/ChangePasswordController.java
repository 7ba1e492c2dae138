package com.orderdesk.gui.security;

import com.orderdesk.gui.common.EnterKey;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * Binds ChangePassword.fxml to its {@link ChangePasswordViewModel}: Enter changes, Esc cancels
 * (at sign-in: back to the sign-in form). The use case runs off the FX thread; a refusal keeps the
 * new password typed and says why.
 */
public final class ChangePasswordController {
    /** The form's window: room for the explanation, the rule and a refusal of two sentences, each whole. */
    public static final double WINDOW_WIDTH = 560;
    public static final double WINDOW_HEIGHT = 500;

    private final ChangePasswordViewModel model;
    private final UiTaskRunner tasks;
    private final Runnable onChanged;
    private final Runnable onCancel;

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label explanationLabel;
    @FXML private Label currentLabel;
    @FXML private PasswordField currentField;
    @FXML private PasswordField newField;
    @FXML private PasswordField repeatField;
    @FXML private Label messageLabel;
    @FXML private Button changeButton;
    @FXML private Button cancelButton;

    public ChangePasswordController(ChangePasswordViewModel model, UiTaskRunner tasks, Runnable onChanged, Runnable onCancel) {
        this.model = model;
        this.tasks = tasks;
        this.onChanged = onChanged;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        EnterKey.runs(this::onChange, currentField, newField, repeatField);
        titleLabel.setText(model.title());
        explanationLabel.setText(model.explanation());
        currentLabel.setVisible(!model.forced());
        currentLabel.setManaged(!model.forced());
        currentField.setVisible(!model.forced());
        currentField.setManaged(!model.forced());
        currentField.textProperty().bindBidirectional(model.currentProperty());
        newField.textProperty().bindBidirectional(model.nextProperty());
        repeatField.textProperty().bindBidirectional(model.repeatProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        changeButton.disableProperty().bind(model.busyProperty());
        changeButton.setText(model.forced() ? "_Change password and continue" : "_Change password");
        cancelButton.setText(model.forced() ? "_Back to sign-in" : "Cancel");
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onCancel();
            }
        });
    }

    /** Puts the cursor in the first field to type. */
    public void focus() {
        (model.forced() ? newField : currentField).requestFocus();
    }

    @FXML
    void onChange() {
        if (model.busyProperty().get()) {
            return;
        }
        model.change().ifPresentOrElse(work -> tasks.run(UiTasks.of(work, ok -> {
            model.changed();
            onChanged.run();
        }, e -> {
            model.failed(e);
            focus();
        })), this::focusFirstProblem);
    }

    private void focusFirstProblem() {
        String first = model.problems().get(0);
        (first.startsWith("Current") ? currentField : first.startsWith("Repeat") ? repeatField : newField).requestFocus();
    }

    @FXML
    void onCancel() {
        model.clearAll();
        onCancel.run();
    }
}
