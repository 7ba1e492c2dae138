package com.orderdesk.gui.common;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A slim bar showing one running {@link Task}: its message, a progress bar (indeterminate until
 * the task reports progress) and, when the task may be cancelled, a Cancel button. It is
 * visible (and takes space) only while the task runs; put one at the bottom of a screen, or on
 * top of a {@code StackPane} as an overlay.
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
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        getChildren().addAll(message, bar, cancel);
        setShowing(false);
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
