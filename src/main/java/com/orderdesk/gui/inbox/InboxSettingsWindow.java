package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.InboxFolderSettings;
import com.orderdesk.application.capture.InboxUseCases;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Inbox folders (administrators, from the inbox): the drop folder and the outbox, each typed or
 * chosen with the folder chooser, checked as typed (exists, a folder, writable, not the same
 * folder twice), saved off the FX thread with an optional reason for the audit trail. The drop
 * folder's watch reads the setting at every look, so nothing needs a restart.
 */
final class InboxSettingsWindow {
    private final InboxDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Runnable saved;

    InboxSettingsWindow(InboxDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                        Runnable saved) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.saved = saved;
    }

    /** Reads the folders in use (off the FX thread), then opens the window over {@code owner}. */
    void open(Window owner) {
        tasks.run(UiTasks.of(services::currentFolders, folders -> show(owner, folders),
                e -> dialogs.error("The inbox folders could not be read: " + e.getMessage(), "Nothing was changed.",
                        "Try again; an administrator may change them.", e)));
    }

    private void show(Window owner, InboxUseCases.Folders folders) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Inbox folders");
        TextField drop = field("dropFolderField", folders.dropFolder());
        TextField outbox = field("outboxFolderField", folders.outbox());
        TextField reason = new TextField();
        reason.setId("folderReasonField");
        reason.setPromptText("optional: kept in the audit trail");
        Label problems = new Label();
        problems.setId("folderProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        Button save = new Button("_Save");
        save.setId("saveFoldersButton");
        save.setDefaultButton(true);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());

        Runnable check = () -> {
            List<String> found = InboxFolderSettings.problems(typed(drop, outbox));
            problems.setText(String.join("\n", found));
            save.setDisable(!found.isEmpty());
        };
        drop.textProperty().addListener((o, was, now) -> check.run());
        outbox.textProperty().addListener((o, was, now) -> check.run());
        check.run();

        save.setOnAction(e -> {
            InboxUseCases.Folders chosen = typed(drop, outbox);
            save.setDisable(true);
            tasks.run(UiTasks.of(() -> services.changeFolders(chosen, reason.getText()), changed -> {
                stage.close();
                status.showMessage(changed ? "Inbox folders saved: messages are read from " + chosen.dropFolder()
                        + " from its next look on; acknowledgments go to " + chosen.outbox() + "."
                        : "The inbox folders were already these: nothing changed.");
                saved.run();
            }, ex -> {
                problems.setText(ex.getMessage());
                save.setDisable(false);
            }));
        });

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        // labels and Choose buttons keep their whole text; the folder fields take what is left
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints buttons0 = new ColumnConstraints();
        buttons0.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, grow, buttons0);
        grid.addRow(0, Mnemonics.labelFor("_Drop folder", drop), drop, chooser("Choose the drop folder", "chooseDropButton", drop));
        grid.addRow(1, Mnemonics.labelFor("_Outbox folder", outbox), outbox, chooser("Choose the outbox folder", "chooseOutboxButton", outbox));
        grid.addRow(2, Mnemonics.labelFor("_Reason", reason), reason);
        Label help = new Label("Files that appear in the drop folder are read into the inbox (at start and every few"
                + " seconds). The X12 acknowledgments (997, 855) are written to the outbox.");
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, help, grid, problems, buttons);
        root.setPadding(new Insets(16));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        Scene scene = new Scene(root, 720, 300);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setOnShown(e -> drop.requestFocus());
        stage.show();
    }

    private static TextField field(String id, Path value) {
        TextField f = new TextField(value == null ? "" : value.toString());
        f.setId(id);
        f.setPrefColumnCount(40);
        return f;
    }

    private Button chooser(String title, String id, TextField field) {
        Button b = new Button("Choose\u2026");
        b.setId(id);
        b.setOnAction(e -> {
            Path now = field.getText().isBlank() ? null : Path.of(field.getText().strip());
            dialogs.chooseFolder(title, now).ifPresent(p -> field.setText(p.toString()));
        });
        return b;
    }

    private static InboxUseCases.Folders typed(TextField drop, TextField outbox) {
        return new InboxUseCases.Folders(path(drop.getText()), path(outbox.getText()));
    }

    private static Path path(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return null; // said as "choose a folder"
        }
    }
}
