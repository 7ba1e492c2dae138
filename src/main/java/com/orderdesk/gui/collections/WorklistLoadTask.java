package com.orderdesk.gui.collections;

import com.orderdesk.application.collections.CollectionsUseCases;
import com.orderdesk.gui.common.BatchTask;
import java.util.Optional;

/**
 * Loads the worklist on the screen's bar, step by step (the day's predictions when they are not
 * current, then the list), after an optional write (a contact logged, a promise recorded). Cancel
 * (or Esc) stops before the next step and stores nothing of the load; the write is its own
 * transaction and stays. A write after midnight re-runs the whole day's predictions (4.3 s at
 * 100,000 customers), which the clerk had waited for with no bar and no Cancel (decision 0009).
 */
final class WorklistLoadTask extends BatchTask<Optional<CollectionsUseCases.Worklist>> {
    private final WorklistViewModel model;
    private final boolean repredict;
    private final Runnable write;
    private volatile boolean written;

    /** Made on the FX thread, so the bar has its title from the moment it shows. */
    WorklistLoadTask(String title, WorklistViewModel model, boolean repredict, Runnable write) {
        this.model = model;
        this.repredict = repredict;
        this.write = write;
        updateTitle(title);
        setStoppingText("Cancelling the load\u2026");
    }

    /** A load alone. */
    WorklistLoadTask(WorklistViewModel model, boolean repredict) {
        this("Loading the worklist\u2026", model, repredict, null);
    }

    /** Whether the write was stored (a failure after it is the reload's, not the write's). */
    boolean written() {
        return written;
    }

    @Override
    protected Optional<CollectionsUseCases.Worklist> call() {
        if (write != null) {
            write.run();
            written = true;
        }
        return model.load(repredict, progress((n, of, step) -> step + " (step " + n + " of " + of + ")\u2026"));
    }

    /** The status bar's sentence when the reload after {@code done} ("Contact with C-10002 logged") was cancelled. */
    static String reloadCancelled(String done) {
        return done + "; reloading the worklist was cancelled, the list shown before stays (F5 loads it)";
    }
}
