package com.orderdesk.gui.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * A {@link UiTaskRunner} for tests: the task runs on the calling thread and has finished (value,
 * state and {@code onSucceeded}/{@code onFailed} handlers) when {@code run} returns. A task
 * cancelled before it is run never calls {@code call()}.
 *
 * <p>How: {@code Task} always posts its state changes with {@code Platform.runLater}, even on the
 * FX thread. So after running the work, this runner lets those posts run: on the FX thread
 * (as screens call it) in a short nested event loop, as {@code Dialog.showAndWait} does; from
 * another thread by waiting for the FX queue.
 */
public final class SameThreadTaskRunner implements UiTaskRunner {

    @Override
    public <T> Task<T> run(Task<T> task) {
        task.run();
        if (!Platform.isFxApplicationThread()) {
            drainFxQueue();
        } else if (Platform.canStartNestedEventLoop()) {
            settleOnFxThread();
        }
        return task;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }

    /** Runs what is queued on the FX thread (the task's state changes) before returning. */
    private static void settleOnFxThread() {
        Object key = new Object();
        Platform.runLater(() -> Platform.exitNestedEventLoop(key, null));
        Platform.enterNestedEventLoop(key);
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
