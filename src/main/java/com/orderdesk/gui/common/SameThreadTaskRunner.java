package com.orderdesk.gui.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * A {@link UiTaskRunner} for tests: the task runs on the calling thread and has finished (value,
 * state and {@code onSucceeded}/{@code onFailed} handlers) when {@code run} returns. Called on
 * the FX thread (as screens do) everything happens inline; called from another thread it waits
 * for the task's state changes to reach the FX thread. A task cancelled before it is run never
 * calls {@code call()}.
 */
public final class SameThreadTaskRunner implements UiTaskRunner {

    @Override
    public <T> Task<T> run(Task<T> task) {
        task.run();
        if (!Platform.isFxApplicationThread()) {
            drainFxQueue();
        }
        return task;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }

    /** Waits until everything already posted to the FX thread (the task's state changes) has run. */
    private static void drainFxQueue() {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(done::countDown);
        try {
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The JavaFX thread did not answer within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
