package com.orderdesk.gui.common;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A slim bar showing one running {@link Task}: its message, a progress bar (indeterminate until
 * the task reports progress) and, when the task may be cancelled, a Cancel button, which Esc
 * presses too (when nothing in the screen took the Esc for itself, such as an edit to cancel). It is
 * visible (and takes space) only while the task runs; put one at the bottom of a screen, or on
 * top of a {@code StackPane} as an overlay. A {@link BatchTask} is asked to stop after the item in
 * hand rather than cancelled outright.
 *
 * <p>Cancel's Alt+letter is the screen's choice ({@code cancelText} in its FXML): no letter of
 * "Cancel" is free on every screen that shows a bar (invoices take C, A, N and E; fulfillment C, A
 * and L; the inbox's review all but E), and a letter claimed twice reaches neither. Each screen
 * underlines one it leaves free; {@code CancelLetterScreenTest} checks them all.
 *
 * <pre>{@code
 * progressBar.bind(taskRunner.run(printTask), true);
 * }</pre>
 */
public final class TaskProgressBar extends HBox {
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button(Messages.get("task.cancel"), new FontIcon(Material2AL.CLOSE));
    private Task<?> task;
    private final EventHandler<KeyEvent> escape = e -> {
        if (e.getCode() == KeyCode.ESCAPE && cancel.isVisible() && !cancel.isDisabled() && shown()) {
            cancelTask();
            e.consume();
        }
    };

    public TaskProgressBar() {
        getStyleClass().add("task-progress");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        message.setId("taskMessage");
        bar.setId("taskProgress");
        cancel.setId("taskCancel");
        bar.setPrefWidth(220);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        cancel.setMnemonicParsing(true);
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> cancelTask());
        getChildren().addAll(message, bar, cancel);
        setShowing(false);
        // a handler, not a filter: a field or a cell that cancels its own edit on Esc comes first
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, escape);
            }
        });
    }

    /** The Cancel button's text, with its underlined letter ("Cance_l"). */
    public String getCancelText() {
        return cancel.getText();
    }

    /** Sets the Cancel button's text and so its Alt+letter: one the screen showing the bar leaves free. */
    public void setCancelText(String text) {
        cancel.setText(text);
    }

    /** Visible with every parent: a bar in a tab not in front leaves the Esc to the one that is. */
    private boolean shown() {
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void cancelTask() {
        if (task instanceof BatchTask<?> batch) {
            batch.requestStop();
            cancel.setDisable(true); // asked once; the bar stays until the item in hand is done
            // set here, not through the task's message: an update the worker posted just before would
            // land after it and put "item 44 of 251" back (seen at 1366 x 768 under load)
            message.textProperty().unbind();
            message.setText(batch.getStoppingText());
        } else if (task != null) {
            task.cancel();
        }
    }

    /**
     * Follows {@code task} until it ends (replacing any task followed before).
     *
     * @param cancellable whether to offer the Cancel button (anything that can run long)
     */
    public void bind(Task<?> task, boolean cancellable) {
        unbind();
        this.task = task;
        message.textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                .then(task.titleProperty()).otherwise(task.messageProperty()));
        bar.progressProperty().bind(task.progressProperty());
        cancel.setVisible(cancellable);
        cancel.setManaged(cancellable);
        cancel.setDisable(false);
        setShowing(isActive(task.getState()));
        task.stateProperty().addListener((obs, old, state) -> {
            if (this.task == task) {
                setShowing(isActive(state));
            }
        });
    }

    /** Stops following the current task and hides the bar. */
    public void unbind() {
        message.textProperty().unbind();
        bar.progressProperty().unbind();
        task = null;
        setShowing(false);
    }

    private void setShowing(boolean showing) {
        setVisible(showing);
        setManaged(showing);
    }

    private static boolean isActive(Worker.State state) {
        return state == Worker.State.READY || state == Worker.State.SCHEDULED || state == Worker.State.RUNNING;
    }
}
