package com.orderdesk.gui.common;

import javafx.concurrent.Task;

/**
 * Runs work that may take longer than a moment (database queries, saves, report filling,
 * imports) away from the JavaFX thread. Screens receive a runner through their constructor, so
 * that production code uses {@link ExecutorTaskRunner} and tests use {@link SameThreadTaskRunner},
 * which finishes the task before {@code run} returns.
 *
 * <p>Write the work as a {@link Task}: {@code call()} runs off the FX thread and must not touch
 * nodes; put the UI updates in {@code setOnSucceeded} / {@code setOnFailed} (these run on the FX
 * thread); report progress with {@code updateProgress}/{@code updateMessage}; check
 * {@code isCancelled()} in loops. Bind a {@link TaskProgressBar} to show progress and a cancel
 * button.
 *
 * <pre>{@code
 * Task<List<Order>> load = UiTasks.of(() -> orderService.search(query));
 * load.setOnSucceeded(e -> orders.setAll(load.getValue()));
 * load.setOnFailed(e -> dialogs.error(...));
 * taskRunner.run(load);
 * }</pre>
 */
public interface UiTaskRunner {

    /**
     * Starts {@code task}. Call from the FX thread. Returns the same task, for chaining.
     */
    <T> Task<T> run(Task<T> task);

    /** Stops accepting work and cancels what is running (on application exit). */
    void shutdown();
}
