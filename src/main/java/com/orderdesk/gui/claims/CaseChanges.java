package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.store.ConcurrentEditException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/**
 * Runs a change to a case off the FX thread with the desk disabled meanwhile. A refusal the person
 * can act on (a bad amount, a case changed by someone else, a missing right) is said in the
 * result line, the queue reloading after a concurrent edit, and the cursor goes to the note to
 * mend it (the key that ran the change focused its button, and the disabled desk lost the focus);
 * anything else is said in a dialog.
 */
final class CaseChanges {
    private final Node desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final Label resultLabel;
    private final ComboBox<?> moveBox;
    private final Runnable reload;
    private final Node note;

    CaseChanges(Node desk, UiTaskRunner tasks, DialogService dialogs, Label resultLabel, ComboBox<?> moveBox, Runnable reload,
                Node note) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.resultLabel = resultLabel;
        this.moveBox = moveBox;
        this.reload = reload;
        this.note = note;
    }

    <T> void run(Callable<T> work, Consumer<T> onDone) {
        desk.setDisable(true);
        tasks.run(UiTasks.of(work, v -> {
            desk.setDisable(false);
            onDone.accept(v);
        }, e -> {
            desk.setDisable(false);
            moveBox.setValue(null);
            if (saidInLine(e)) {
                resultLabel.setText(e.getMessage());
                javafx.application.Platform.runLater(note::requestFocus);
                if (e instanceof ConcurrentEditException) {
                    reload.run();
                }
            } else {
                dialogs.error(Messages.get("claims.changeFailed", e.getMessage()), Messages.get("claims.changeFailed.kept"),
                        Messages.get("claims.changeFailed.todo"), e);
            }
        }));
    }

    /** Whether {@code e} is a refusal the result line says (not a failure for a dialog). */
    static boolean saidInLine(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof ConcurrentEditException || e instanceof NotAuthorizedException;
    }
}
