package com.orderdesk.gui.inbox;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.ImportSummary;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Message files dropped anywhere on the main window, whatever work area is showing, go into the
 * order inbox: read off the FX thread while the clerk carries on where they are, with the outcome
 * in the status bar. The handlers sit on the window's root as bubbling handlers, so an area that
 * takes drops itself (the inbox shows its own progress bar) keeps them.
 *
 * <p>For a user who may not capture orders the drop is still accepted (a refused drag shows only a
 * "no" cursor, which explains nothing) and then refused in words: nothing is read.
 */
public final class WindowDrop {
    private final InboxDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final String role;
    private final Runnable afterTaken;

    private WindowDrop(InboxDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status, String role,
                       Runnable afterTaken) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.role = role;
        this.afterTaken = afterTaken;
    }

    /** Drops by a user who may capture orders: the files are taken in; {@code afterTaken} runs on the FX thread. */
    public static WindowDrop taking(InboxDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                    Runnable afterTaken) {
        return new WindowDrop(services, tasks, dialogs, status, null, afterTaken);
    }

    /** Drops by a user whose role ({@code roleLabel}, as the status bar shows it) may not capture orders: refused in words. */
    public static WindowDrop refusing(DialogService dialogs, StatusBarModel status, String roleLabel) {
        return new WindowDrop(null, null, dialogs, status, roleLabel, () -> { });
    }

    /** Puts the handlers on the main window's root. */
    public void install(Node windowRoot) {
        windowRoot.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        windowRoot.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(dropped(files));
            e.consume();
        });
    }

    /** Takes {@code files} in (or refuses them); true when they are being read. */
    boolean dropped(List<Path> dropped) {
        List<Path> files = dropped.stream().filter(Files::isRegularFile).toList();
        String what = files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
        if (services == null) {
            String refused = "Not taken into the order inbox: your role (" + role + ") may not capture orders.";
            status.showMessage(refused);
            dialogs.error(refused, "Nothing was read: " + (files.isEmpty() ? "the drop held no files" : what + " stayed where it was")
                    + ".", "Ask an order clerk to import the messages, or sign in as one (File > Sign in as).");
            return false;
        }
        if (files.isEmpty()) {
            status.showMessage("Nothing taken into the order inbox: drop message files (e-mail, EDI, order CSV), not folders.");
            return false;
        }
        status.showMessage("Taking " + what + " into the order inbox...");
        Task<ImportSummary> task = new Task<>() {
            @Override
            protected ImportSummary call() {
                return services.take(files, BatchProgress.NONE);
            }
        };
        task.setOnSucceeded(e -> {
            status.showMessage("Order inbox: " + task.getValue().sentence() + " (dropped on the window).");
            afterTaken.run();
        });
        task.setOnFailed(e -> {
            status.showMessage("The dropped files could not be taken in: " + task.getException().getMessage());
            dialogs.error("The dropped files could not be taken into the order inbox: " + task.getException().getMessage(),
                    "The messages read before the problem are in the inbox.", "Check the file and drop or import it again.",
                    task.getException());
            afterTaken.run();
        });
        tasks.run(task);
        return true;
    }
}
