package com.orderdesk.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Small factories for {@link Task}s, so a one-line background call stays one line. */
public final class UiTasks {
    private UiTasks() {
    }

    /** A task whose {@code call()} is {@code work}. */
    public static <T> Task<T> of(Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }

    /**
     * A task with its outcome handlers: {@code onSuccess} gets the value and {@code onFailure} the
     * exception, both on the FX thread. Cancellation calls neither. A failure whose message is not for a
     * user (a programming error, an untranslated database error) reaches {@code onFailure} as an
     * {@link UnexpectedFailure} that says so, since handlers show the message after their own words.
     */
    public static <T> Task<T> of(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = of(work);
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(UnexpectedFailure.forUser(task.getException())));
        return task;
    }

    /**
     * As {@link #of(Callable, Consumer, Consumer)}, with a title that says what it is doing ("Proposing the
     * letters for Dec 6, 2026..."): a {@link TaskProgressBar} shows it beside its bar, which alone said nothing
     * (tour 8). Make it on the FX thread.
     */
    public static <T> Task<T> titled(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(UnexpectedFailure.forUser(task.getException())));
        return task;
    }
}
