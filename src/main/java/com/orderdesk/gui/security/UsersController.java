package com.orderdesk.gui.security;

import com.orderdesk.application.security.UserSummary;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.TableFilter;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.model.security.Role;
import java.time.ZoneId;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Users (administrators): the accounts with their roles, state and last sign-in on the left, the
 * selected account (or a new one) on the right. Binds Users.fxml to {@link UsersViewModel}.
 */
public final class UsersController {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final UsersViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final ZoneId zone;
    private final Formats formats = Formats.forDefaultLocale();
    private boolean syncing;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private TableView<UserSummary> userTable;
    @FXML private Label countLabel;
    @FXML private Label formTitle;
    @FXML private TextField userNameField;
    @FXML private TextField displayNameField;
    @FXML private VBox roleBoxes;
    @FXML private TextField passwordField;
    @FXML private Label passwordLabel;
    @FXML private TextField reasonField;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private Button activeButton;
    @FXML private Label formMessage;
    @FXML private Label limitLabel;
    @FXML private TextField limitField;
    @FXML private Button limitButton;
    @FXML private Label currentLimit;

    public UsersController(UsersViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status, ZoneId zone) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.zone = zone;
    }

    public UsersViewModel viewModel() {
        return model;
    }

    @FXML
    private void initialize() {
        passwordLabel.setLabelFor(passwordField); // its field sits in a box with the Suggest button
        limitLabel.setLabelFor(limitField); // likewise, beside its Set button
        Mnemonics.linkLabels(root);
        UsersColumns.install(userTable, UsersController::state, formats, zone);
        TableFilter<UserSummary> filter = TableFilter.install(userTable, model.rows());
        filter.filterByText(searchField.textProperty(), (u, text) -> (u.userName() + " " + u.displayName() + " "
                + UsersViewModel.labels(u.roles()) + " " + state(u)).toLowerCase(Locale.ROOT).contains(text));
        countLabel.textProperty().bind(filter.shownText("%,d user", "%,d users"));
        TablePrefs.forUser().remember(userTable, "users");
        userTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            UserSummary shown = model.selectedProperty().get();
            if (!syncing && row != null && (shown == null || model.creatingProperty().get()
                    || !shown.userName().equals(row.userName()))) {
                model.select(row);
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !userTable.getItems().isEmpty()) {
                e.consume();
                userTable.requestFocus();
                if (userTable.getSelectionModel().isEmpty()) {
                    userTable.getSelectionModel().selectFirst();
                }
            }
        });
        userTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                e.consume();
                roleBoxes.getChildren().get(0).requestFocus();
            }
        });

        for (Role r : Role.values()) {
            CheckBox box = new CheckBox(r.label());
            box.setId("role-" + r.name());
            box.selectedProperty().bindBidirectional(model.roleProperty(r));
            roleBoxes.getChildren().add(box);
        }
        userNameField.textProperty().bindBidirectional(model.userNameProperty());
        displayNameField.textProperty().bindBidirectional(model.displayNameProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        limitField.textProperty().bindBidirectional(model.limitProperty());
        // Enter sets the limit (not the form's default button); a key handler, not onAction: the label's
        // Alt+L fires an action event at the field, which set the limit while it was still being typed
        limitField.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onSetLimit();
            }
        });
        currentLimit.textProperty().bind(model.currentLimitProperty());
        limitField.editableProperty().bind(model.creatingProperty().not());
        userNameField.editableProperty().bind(model.creatingProperty());
        displayNameField.editableProperty().bind(model.creatingProperty());
        formMessage.textProperty().bind(model.messageProperty());
        model.messageProperty().addListener((obs, was, now) -> styleMessage(model.messageIsErrorProperty().get()));
        model.selectedProperty().addListener((obs, old, now) -> {
            showForm();
            if (now != null && (old == null || !old.userName().equals(now.userName()))) {
                loadLimit();
            }
        });
        model.creatingProperty().addListener((obs, old, now) -> showForm());
        saveButton.disableProperty().bind(model.busyProperty());
        resetButton.disableProperty().bind(model.busyProperty().or(model.creatingProperty()));
        activeButton.disableProperty().bind(model.busyProperty().or(model.creatingProperty()));
        limitButton.disableProperty().bind(model.busyProperty().or(model.creatingProperty()));
        showForm();

        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                onSave();
            } else if (NEW.match(e)) {
                e.consume();
                onNew();
            } else if (FIND.match(e)) {
                e.consume();
                focusSearch();
            } else if (e.getCode() == KeyCode.ESCAPE && model.creatingProperty().get()) {
                e.consume();
                model.select(userTable.getSelectionModel().getSelectedItem());
                userTable.requestFocus();
            }
        });
    }

    private static String state(UserSummary u) {
        return !u.active() ? "Switched off" : u.mustChangePassword() ? "Must change password" : "Active";
    }

    private void showForm() {
        UserSummary user = model.selectedProperty().get();
        boolean creating = model.creatingProperty().get();
        formTitle.setText(creating ? "New user" : user == null ? "Choose a user, or Ctrl+N for a new one"
                : user.displayName() + " (" + user.userName() + ")");
        saveButton.setText(creating ? "_Create user" : "_Save roles");
        activeButton.setText(user != null && !user.active() ? "Switch on _again" : "Switch _off...");
        syncing = true;
        try {
            if (user == null) {
                userTable.getSelectionModel().clearSelection();
            } else {
                userTable.getItems().stream().filter(u -> u.userName().equals(user.userName())).findFirst()
                        .ifPresent(u -> userTable.getSelectionModel().select(u));
            }
        } finally {
            syncing = false;
        }
    }

    private void styleMessage(boolean error) {
        formMessage.getStyleClass().removeAll("danger", "success");
        formMessage.getStyleClass().add(error ? "danger" : "success");
    }

    /** Reads the users again (on show and after each change). */
    public void refresh() {
        tasks.run(UiTasks.of(model.loadWork(), list -> {
            syncing = true;
            try {
                model.loaded(list);
            } finally {
                syncing = false;
            }
            showForm();
            status.setCounts(list.size() + " users, " + list.stream().filter(UserSummary::active).count() + " active");
        }, e -> dialogs.error("The users could not be read: " + e.getMessage(), "Nothing was changed.",
                "Try again (F5 or reopen the area); if it keeps failing, check the database.")));
    }

    /** Reads the selected user's write-off limit in the background (on selection and after a change). */
    private void loadLimit() {
        model.limitWork().ifPresent(work -> {
            String userName = model.selectedProperty().get().userName();
            tasks.run(UiTasks.of(work, value -> model.limitLoaded(userName, value),
                    e -> model.failed(new IllegalStateException("The write-off limit could not be read: " + e.getMessage()))));
        });
    }

    public void focusSearch() {
        searchField.requestFocus();
    }

    @FXML
    void onNew() {
        model.startNew();
        userNameField.requestFocus();
    }

    @FXML
    void onSuggest() {
        model.suggestPassword();
    }

    @FXML
    void onSave() {
        model.save().ifPresent(this::run);
    }

    @FXML
    void onResetPassword() {
        model.resetPassword().ifPresentOrElse(this::run, () -> later(passwordField));
    }

    @FXML
    void onToggleActive() {
        model.toggleActive().ifPresentOrElse(this::run, () -> later(reasonField));
    }

    @FXML
    void onSetLimit() {
        model.setWriteOffLimit().ifPresentOrElse(this::run,
                () -> later(model.messageProperty().get().contains("Write-off limit:") ? limitField : reasonField));
    }

    /** The field to mend, focused after Alt+P / Alt+O / Alt+A have focused their button (a mnemonic does, after its action). */
    private static void later(Node field) {
        javafx.application.Platform.runLater(field::requestFocus);
    }

    private void run(UsersViewModel.Action action) {
        model.asking();
        if (action.confirmAction() != null
                && !dialogs.confirm(action.confirmAction(), action.confirmDocument(), action.consequence())) {
            return;
        }
        model.started();
        tasks.run(UiTasks.of(action.work(), ok -> {
            model.succeeded(action);
            status.showMessage(action.done());
            refresh();
            loadLimit();
        }, e -> {
            model.failed(e);
            (model.creatingProperty().get() ? userNameField : reasonField).requestFocus();
        }));
    }
}
