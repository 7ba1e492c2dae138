package com.orderdesk.gui.common;

import com.orderdesk.application.BatchProgress;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;

/**
 * A {@link Task} that runs a use case working through many items one at a time (see
 * {@link BatchProgress}). Cancel, from a {@link TaskProgressBar}'s button or Esc, asks it to stop
 * after the item in hand; the task then ends SUCCEEDED with what was done, so its
 * {@code onSucceeded} can say how many ("Issued 37 of 281; cancelled") and show them. A plain
 * {@code Task.cancel()} would end it at once as CANCELLED, before the item in hand was finished and
 * without its outcome, and would interrupt the worker inside that item's transaction.
 *
 * <pre>{@code
 * BatchTask<IssueResult> task = new BatchTask<>() {
 *     protected IssueResult call() {
 *         return book.issueInvoices(user, ids, progress((n, of) -> "Issuing invoice " + n + " of " + of));
 *     }
 * };
 * progress.bind(tasks.run(task), true);
 * }</pre>
 */
public abstract class BatchTask<T> extends Task<T> {
    /** The sentence for item {@code number} of {@code of} (the bar's message while it is worked). */
    @FunctionalInterface
    public interface Step {
        String text(int number, int of);
    }

    /** The sentence for item {@code number} of {@code of} named {@code item} (null when the use case names none). */
    @FunctionalInterface
    public interface NamedStep {
        String text(int number, int of, String item);
    }

    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile String stopping = "Stopping after the one in hand\u2026";

    /** Asks the run to stop before its next item. Any thread; the bar shows {@link #getStoppingText()}. */
    public final void requestStop() {
        stopRequested.set(true);
    }

    /** What the bar says once Cancel was asked. */
    public final String getStoppingText() {
        return stopping;
    }

    /** Whether Cancel was asked (or the whole task cancelled, as on closing the window). */
    public final boolean isStopRequested() {
        return stopRequested.get() || isCancelled();
    }

    /** The bar's message once Cancel was asked ("Cancelling after the invoice in hand…"). */
    public final void setStoppingText(String text) {
        this.stopping = text;
    }

    /**
     * The use case's side of this task: each item moves the bar (determinate, item {@code n} of
     * {@code of} started) and sets its message, and Cancel reaches the use case between items.
     */
    protected final BatchProgress progress(Step step) {
        return progress((number, of, item) -> step.text(number, of));
    }

    /** {@link #progress(Step)} for a use case that names each item ("Customer 3 of 12: C-10003"). */
    protected final BatchProgress progress(NamedStep step) {
        return new BatchProgress() {
            @Override
            public void starting(int number, int of) {
                starting(number, of, null);
            }

            @Override
            public void starting(int number, int of, String item) {
                updateProgress(number - 1, of);
                if (!isStopRequested()) { // the "stopping" sentence stays once Cancel was asked
                    updateMessage(step.text(number, of, item));
                }
            }

            @Override
            public boolean stopRequested() {
                return isStopRequested();
            }
        };
    }

    /** Never interrupts: the item in hand is finished (an interrupted write could fail it halfway). */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return super.cancel(false);
    }
}
