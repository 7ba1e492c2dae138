package com.orderdesk.gui.common;

import static com.orderdesk.gui.common.FxTestSupport.drainFx;
import static com.orderdesk.gui.common.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Worker;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A batch behind a {@link TaskProgressBar}: the bar counts its items on a determinate bar, and Esc
 * (as the Cancel button) asks it to stop after the item in hand, which is finished, not interrupted;
 * the task then succeeds with what was done, for its handler to say how many.
 */
class BatchTaskTest {
    private static final int ITEMS = 10;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    /** Works {@code ITEMS} items as a use case would, each one waiting for the test to let it finish. */
    private static int work(BatchProgress progress, Semaphore finishOne, AtomicBoolean interrupted) {
        int done = 0;
        for (int i = 1; i <= ITEMS; i++) {
            if (progress.stopRequested()) {
                break;
            }
            progress.starting(i, ITEMS);
            try {
                if (!finishOne.tryAcquire(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let item " + i + " finish");
                }
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
                return done;
            }
            done++;
        }
        return done;
    }

    @Test
    void escStopsTheBatchAfterTheItemInHandAndTheTaskSucceedsWithWhatWasDone() throws Exception {
        ExecutorTaskRunner runner = new ExecutorTaskRunner(1);
        Semaphore finishOne = new Semaphore(0);
        AtomicBoolean interrupted = new AtomicBoolean();
        BatchTask<Integer> task = new BatchTask<>() {
            @Override
            protected Integer call() {
                return work(progress((n, of) -> "Issuing invoice " + n + " of " + of), finishOne, interrupted);
            }
        };
        task.setStoppingText("Cancelling after the invoice in hand\u2026");
        AtomicReference<Integer> succeeded = new AtomicReference<>();
        task.setOnSucceeded(e -> succeeded.set(task.getValue()));
        TaskProgressBar bar = onFx(TaskProgressBar::new);
        TextField field = onFx(TextField::new);
        onFx(() -> new Scene(new VBox(field, bar), 600, 100));
        FxTestSupport.onFxRun(() -> bar.bind(runner.run(task), true));
        finishOne.release(2); // items 1 and 2 done, item 3 in hand
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Issuing invoice 3 of 10".equals(onFx(task::getMessage)));
        drainFx();
        assertThat(((Label) bar.lookup("#taskMessage")).getText()).isEqualTo("Issuing invoice 3 of 10");
        assertThat(((ProgressBar) bar.lookup("#taskProgress")).getProgress()).as("2 of 10 done").isEqualTo(0.2);

        FxTestSupport.onFxRun(() -> Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE,
                false, false, false, false)));
        drainFx();
        assertThat(((Label) bar.lookup("#taskMessage")).getText()).isEqualTo("Cancelling after the invoice in hand\u2026");
        assertThat(bar.lookup("#taskCancel").isDisabled()).as("asked once").isTrue();
        assertThat(onFx(task::getState)).as("the item in hand is still being worked").isEqualTo(Worker.State.RUNNING);

        finishOne.release(); // item 3 finishes; no item 4 is started
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> succeeded.get() != null);
        drainFx();
        assertThat(succeeded.get()).as("items done").isEqualTo(3);
        assertThat(interrupted.get()).as("the item in hand was not interrupted").isFalse();
        assertThat(bar.isVisible()).isFalse();
        runner.shutdown();
    }

    @Test
    void escWithNoBatchRunningIsLeftToTheScreen() throws Exception {
        TaskProgressBar bar = onFx(TaskProgressBar::new);
        TextField field = onFx(TextField::new);
        onFx(() -> new Scene(new VBox(field, bar), 600, 100));
        KeyEvent esc = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false);
        AtomicBoolean reachedTheWindow = new AtomicBoolean();
        FxTestSupport.onFxRun(() -> {
            field.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> reachedTheWindow.set(!e.isConsumed()));
            Event.fireEvent(field, esc);
        });
        drainFx();
        assertThat(reachedTheWindow.get()).as("not consumed by the idle bar").isTrue();
        assertThat(bar.isVisible()).as("no task: the bar hidden").isFalse();
    }
}
