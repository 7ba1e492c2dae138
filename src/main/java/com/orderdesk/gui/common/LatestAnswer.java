package com.orderdesk.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * A series of background requests of which only the latest one's answer is shown. A detail pane loads
 * the selected row on a pool of threads, so the answer for a row selected earlier can come back after
 * the one selected last; shown, it put the earlier row in the pane under the later row's selection (the
 * cash desk showed the first payment of an import beside the unidentified one the clerk had chosen:
 * {@code CashCustomerFocusScreenTest} in CI, 6 December). Use it from the FX thread only.
 */
public final class LatestAnswer {
    private long latest;

    /**
     * A task for a new request, as {@link UiTasks#of(Callable, Consumer, Consumer)}; from now on the older
     * requests' answers and failures are dropped when they come back.
     */
    public <T> Task<T> of(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        long request = ++latest;
        return UiTasks.of(work, value -> {
            if (request == latest) {
                onSuccess.accept(value);
            }
        }, failure -> {
            if (request == latest) {
                onFailure.accept(failure);
            }
        });
    }

    /** Drops the answers of every request made so far (what they were for is no longer shown). */
    public void forget() {
        latest++;
    }
}
