package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.UiTaskRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;

/**
 * A task runner that, while held, keeps the screen's background work (the queue's load, the detail)
 * waiting until the test lets it go: a busy machine's slow loads, on cue rather than by timing luck.
 * Used on the FX thread only (where screens start their tasks and where tests call it through interact).
 */
final class HeldBackTasks implements UiTaskRunner {
    private final UiTaskRunner runner;
    private final List<Task<?>> waiting = new ArrayList<>();
    private boolean held;

    HeldBackTasks(UiTaskRunner runner) {
        this.runner = runner;
    }

    void hold() {
        held = true;
    }

    /** Starts what waited, in the order it came, and runs what comes next at once. */
    void letGo() {
        held = false;
        waiting.forEach(runner::run);
        waiting.clear();
    }

    int waiting() {
        return waiting.size();
    }

    @Override
    public <T> Task<T> run(Task<T> task) {
        if (held) {
            waiting.add(task);
            return task;
        }
        return runner.run(task);
    }

    @Override
    public void shutdown() {
        runner.shutdown();
    }
}
