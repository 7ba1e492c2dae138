package com.orderdesk.gui.company;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.TabLeaves;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * Company settings (administrators): what every invoice prints (name, address, remit-to, logo),
 * the terms a new customer starts with and the company's own mail domains. Binds
 * CompanySettings.fxml to {@link CompanySettingsViewModel}; reads, checks and saves off the FX thread.
 */
public final class CompanySettingsController {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final CompanySettingsViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private Path lastFolder;

    @FXML private BorderPane root;
    @FXML private javafx.scene.layout.GridPane formGrid;
    @FXML private TextField nameField;
    @FXML private TextArea addressArea;
    @FXML private TextField remitToNameField;
    @FXML private TextArea remitToAddressArea;
    @FXML private TextField contactField;
    @FXML private TextField taxIdField;
    @FXML private TextField bankField;
    @FXML private TextField termsField;
    @FXML private TextField domainsField;
    @FXML private Label ediLabel;
    @FXML private TextField ediQualifierField;
    @FXML private TextField ediIdField;
    @FXML private TextField reasonField;
    @FXML private ImageView logoView;
    @FXML private Label logoLabel;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;

    public CompanySettingsController(CompanySettingsViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    public CompanySettingsViewModel viewModel() {
        return model;
    }

    @FXML
    private void initialize() {
        ediLabel.setLabelFor(ediQualifierField); // its fields are in a box, which linkLabels does not look into
        Mnemonics.linkLabels(root);
        // at 1024 x 768 the label column was held at its 150 px ("Default payment t..."): the labels keep their
        // whole text, and the fields beside them give way
        for (javafx.scene.Node n : formGrid.getChildren()) {
            if (n instanceof Label label && javafx.scene.layout.GridPane.getColumnIndex(n) == null) {
                label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        nameField.textProperty().bindBidirectional(model.nameProperty());
        addressArea.textProperty().bindBidirectional(model.addressProperty());
        remitToNameField.textProperty().bindBidirectional(model.remitToNameProperty());
        remitToAddressArea.textProperty().bindBidirectional(model.remitToAddressProperty());
        contactField.textProperty().bindBidirectional(model.contactProperty());
        taxIdField.textProperty().bindBidirectional(model.taxIdProperty());
        bankField.textProperty().bindBidirectional(model.bankProperty());
        termsField.textProperty().bindBidirectional(model.termsProperty());
        domainsField.textProperty().bindBidirectional(model.domainsProperty());
        ediQualifierField.textProperty().bindBidirectional(model.ediQualifierProperty());
        ediIdField.textProperty().bindBidirectional(model.ediIdProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        logoLabel.textProperty().bind(model.logoTextProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        model.messageProperty().addListener((obs, was, now) -> {
            messageLabel.getStyleClass().removeAll("danger", "success");
            messageLabel.getStyleClass().add(model.messageIsErrorProperty().get() ? "danger" : "success");
        });
        saveButton.disableProperty().bind(model.busyProperty());
        model.logoBytesProperty().addListener((obs, was, bytes) -> showLogo(bytes));
        TabLeaves.install(addressArea);
        TabLeaves.install(remitToAddressArea);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                onSave();
            } else if (e.getCode() == KeyCode.F5) {
                e.consume();
                refresh();
            }
        });
    }

    /** Reads the settings as stored (on show, F5, and after a save); anything typed and not saved is dropped. */
    public void refresh() {
        tasks.run(UiTasks.of(model.loadWork(), current -> {
            model.loaded(current);
            if (model.logoBytesProperty().get() == null) {
                showLogo(null); // no change of the property when no logo was shown before either
            }
        }, e -> dialogs.error("The company settings could not be read: "
                + e.getMessage(), "Nothing was changed.", "Try again with F5; if it keeps failing, check the database.")));
    }

    public void focusFirstField() {
        if (nameField.getScene() != null) {
            nameField.requestFocus();
            return;
        }
        // the first time, the form (inside a scroll pane) joins the window only at the next layout pass
        nameField.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    nameField.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(nameField::requestFocus);
                }
            }
        });
    }

    private void showLogo(byte[] bytes) {
        byte[] drawn = bytes == null ? LogoPreview.defaultLogo() : bytes;
        tasks.run(UiTasks.of(() -> LogoPreview.of(drawn), (Image image) -> {
            if (model.logoBytesProperty().get() == bytes) {
                logoView.setImage(image);
            }
        }, e -> logoView.setImage(null)));
    }

    @FXML
    void onChooseLogo() {
        dialogs.chooseFileToOpen("Company logo for the invoices", lastFolder, "Logo (PNG or SVG)", "*.png", "*.svg")
                .ifPresent(file -> {
                    lastFolder = file.getParent();
                    tasks.run(UiTasks.of(model.readLogo(file), model::logoChosen, model::logoRefused));
                });
    }

    @FXML
    void onDefaultLogo() {
        model.useDefaultLogo();
    }

    @FXML
    void onSave() {
        model.save().ifPresentOrElse(work -> tasks.run(UiTasks.of(work, changed -> {
            status.showMessage(model.saved(changed));
            if (changed) {
                refresh();
            }
        }, model::failed)), () -> {
            if (!model.isLoaded()) {
                refresh();
            }
        });
    }

    @FXML
    void onReload() {
        refresh();
    }
}
