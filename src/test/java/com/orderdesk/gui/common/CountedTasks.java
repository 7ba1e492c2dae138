package com.orderdesk.gui.common;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The production runner on two threads that knows when every task it started has come back: a cancelled
 * task counts as done only once its work returned (its late answer or failure already handed to the FX
 * thread), unlike {@link Task#isDone()}, which is true at once. Lets a test wait for an earlier answer that
 * must NOT show, instead of waiting for something it could satisfy.
 */
public final class CountedTasks implements UiTaskRunner {
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger returned = new AtomicInteger();
    private final ExecutorTaskRunner runner = new ExecutorTaskRunner(new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "counted-task");
                t.setDaemon(true);
                return t;
            }) {
        @Override
        public void execute(Runnable command) {
            started.incrementAndGet();
            super.execute(command);
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            returned.incrementAndGet();
        }
    });

    @Override
    public <T> Task<T> run(Task<T> task) {
        return runner.run(task);
    }

    /** Waits until every task started has returned, then for the FX events their answers queued. */
    public void awaitAllReturned(int seconds) throws Exception {
        ScreenFixture.waitUntil(seconds, () -> returned.get() == started.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void shutdown() {
        runner.shutdown();
    }
}
