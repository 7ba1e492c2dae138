package com.orderdesk.gui.common;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production {@link UiTaskRunner}: tasks run on a small pool of daemon threads (so a stuck
 * task never keeps the application alive). Failures are logged; the task's own
 * {@code onFailed} handler decides what the user sees.
 */
public final class ExecutorTaskRunner implements UiTaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorTaskRunner.class);

    private final ExecutorService executor;
    private final Set<Task<?>> running = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** A pool of {@code threads} daemon threads named "orderdesk-task-N". */
    public ExecutorTaskRunner(int threads) {
        this(Executors.newFixedThreadPool(threads, daemonThreads()));
    }

    /** Runs tasks on {@code executor} (which this runner shuts down in {@link #shutdown()}). */
    public ExecutorTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> Task<T> run(Task<T> task) {
        if (executor.isShutdown()) {
            // the application is closing (or the screen was torn down): late work is dropped, not an error
            task.cancel();
            return task;
        }
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.FAILED) { // not CANCELLED: an interrupted sleep is no failure
                LOG.warn("Background task failed: {}", task.getTitle(), task.getException());
            }
        });
        running.add(task);
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now && task.isDone()) {
                running.remove(task);
            }
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closedMeanwhile) {
            // shut down between the check above and now (a timer's late preview while the window closes)
            running.remove(task);
            task.cancel();
        }
        return task;
    }

    @Override
    public void shutdown() {
        synchronized (running) {
            running.forEach(Task::cancel);
        }
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "orderdesk-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
