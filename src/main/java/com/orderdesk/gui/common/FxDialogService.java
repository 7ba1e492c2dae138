package com.orderdesk.gui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and the platform's file choosers. */
public final class FxDialogService implements DialogService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FxDialogService.class);
    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to (the main window), asked at each call */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void info(String title, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title);
        alert.setHeaderText(null);
        alert.setContentText(message);
        alert.showAndWait();
    }

    @Override
    public void error(String whatHappened, String whatWasKept, String whatToDo) {
        error(whatHappened, whatWasKept, whatToDo, null);
    }

    @Override
    public void error(String whatHappened, String whatWasKept, String whatToDo, Throwable detail) {
        Alert alert = alert(Alert.AlertType.ERROR, Messages.get("dialog.error.title"));
        alert.setHeaderText(whatHappened);
        alert.getDialogPane().setContent(new VBox(8,
                section(Messages.get("dialog.error.kept"), whatWasKept),
                section(Messages.get("dialog.error.todo"), whatToDo)));
        if (detail != null) {
            // the trace goes to the log, not to the user: the dialog names its kind and where the log is
            LOG.warn("{}", whatHappened, detail);
            Throwable kind = detail instanceof UnexpectedFailure && detail.getCause() != null ? detail.getCause() : detail;
            Label where = new Label(Messages.get("dialog.error.details", kind.getClass().getSimpleName(), LogFile.path()));
            where.setWrapText(true);
            alert.getDialogPane().setExpandableContent(where);
        }
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String action, String document, String consequence) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.confirm.title", action, document));
        alert.setHeaderText(Messages.get("dialog.confirm.header", action, document));
        alert.setContentText(consequence);
        ButtonType doIt = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType goBack = new ButtonType(Messages.get("dialog.confirm.goBack"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(doIt, goBack);
        // The safe choice is the default: Enter on a destructive question must not destroy.
        ((Button) alert.getDialogPane().lookupButton(doIt)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(goBack)).setDefaultButton(true);
        return alert.showAndWait().filter(doIt::equals).isPresent();
    }

    @Override
    public Optional<String> askReason(String action, String document, String consequence) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.confirm.title", action, document));
        alert.setHeaderText(Messages.get("dialog.confirm.header", action, document));
        javafx.scene.control.TextField reason = new javafx.scene.control.TextField();
        reason.setId("reasonField");
        reason.setPromptText(Messages.get("dialog.reason.prompt"));
        javafx.scene.control.Label text = new javafx.scene.control.Label(consequence);
        text.setWrapText(true);
        // said above the field too: the cursor is in it from the start, which hides the prompt (tour13)
        javafx.scene.control.Label what = new javafx.scene.control.Label(Messages.get("dialog.reason.prompt"));
        what.setLabelFor(reason);
        alert.getDialogPane().setContent(new VBox(8, text, what, reason));
        ButtonType doIt = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType goBack = new ButtonType(Messages.get("dialog.confirm.goBack"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(doIt, goBack);
        Button confirm = (Button) alert.getDialogPane().lookupButton(doIt);
        confirm.setDefaultButton(false);
        confirm.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> reason.getText() == null || reason.getText().isBlank(), reason.textProperty()));
        ((Button) alert.getDialogPane().lookupButton(goBack)).setDefaultButton(true);
        // After the dialog's own initial focus (its default button, Go back), as the other dialogs do:
        // asked at once, the reason typed straight away went to Go back and was lost (tour7).
        alert.setOnShown(e -> javafx.application.Platform.runLater(reason::requestFocus));
        return alert.showAndWait().filter(doIt::equals).map(b -> reason.getText().strip());
    }

    @Override
    public Optional<StatementChoice> chooseStatement(String title, java.time.LocalDate today) {
        return StatementChoiceDialog.ask(owner.get(), title, today);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        existingFolder(initial).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, String filterName, String... extensions) {
        return Optional.ofNullable(fileChooser(title, initialFolder, filterName, extensions).showOpenDialog(owner.get()))
                .map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(String title, Path initialFolder, String filterName, String... extensions) {
        java.util.List<File> files = fileChooser(title, initialFolder, filterName, extensions).showOpenMultipleDialog(owner.get());
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName,
                                           String filterName, String... extensions) {
        FileChooser chooser = fileChooser(title, initialFolder, filterName, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(Theme.class.getResource(Theme.APP_CSS), Theme.APP_CSS).toExternalForm());
        return alert;
    }

    private static VBox section(String heading, String text) {
        Label head = new Label(heading);
        head.getStyleClass().add("dialog-section-title");
        Label body = new Label(text);
        body.setWrapText(true);
        return new VBox(2, head, body);
    }

    private static FileChooser fileChooser(String title, Path initialFolder, String filterName, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        existingFolder(initialFolder).ifPresent(chooser::setInitialDirectory);
        if (extensions.length > 0) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, extensions));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.allFiles"), "*.*"));
        }
        return chooser;
    }

    private static Optional<File> existingFolder(Path folder) {
        return Optional.ofNullable(folder).filter(Files::isDirectory).map(Path::toFile);
    }
}
