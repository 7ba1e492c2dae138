package com.orderdesk.gui.common;

import static com.orderdesk.gui.common.FxTestSupport.drainFx;
import static com.orderdesk.gui.common.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class UiTaskRunnerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void sameThreadRunnerHasFinishedWhenRunReturnsFromATestThread() throws Exception {
        List<String> events = new ArrayList<>();
        Task<Integer> task = UiTasks.of(() -> 6 * 7, value -> events.add("succeeded " + value),
                error -> events.add("failed"));

        new SameThreadTaskRunner().run(task);

        assertThat(events).containsExactly("succeeded 42");
        assertThat(onFx(() -> task.getState() + " " + task.getValue())).isEqualTo("SUCCEEDED 42");
    }

    @Test
    void sameThreadRunnerOnTheFxThreadRunsEverythingInline() throws Exception {
        AtomicReference<String> workThread = new AtomicReference<>();
        String state = onFx(() -> {
            Task<String> task = UiTasks.of(() -> {
                workThread.set(Thread.currentThread().getName());
                return "done";
            });
            new SameThreadTaskRunner().run(task);
            return task.getState() + " " + task.getValue();
        });
        assertThat(state).isEqualTo("SUCCEEDED done");
        assertThat(workThread.get()).isEqualTo("JavaFX Application Thread");
    }

    @Test
    void failuresReachTheFailureHandler() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Task<Void> task = UiTasks.of(() -> {
            throw new IllegalStateException("database locked");
        }, v -> { }, failure::set);

        new SameThreadTaskRunner().run(task);

        assertThat(failure.get()).hasMessage("database locked");
        assertThat(onFx(task::getState)).isEqualTo(Worker.State.FAILED);
    }

    @Test
    void aTaskCancelledBeforeItRunsNeverDoesItsWork() throws Exception {
        AtomicBoolean worked = new AtomicBoolean();
        Worker.State state = onFx(() -> {
            Task<Void> task = UiTasks.of(() -> {
                worked.set(true);
                return null;
            });
            task.cancel();
            new SameThreadTaskRunner().run(task);
            return task.getState();
        });

        assertThat(worked).isFalse();
        assertThat(state).isEqualTo(Worker.State.CANCELLED);
    }

    @Test
    void executorRunnerWorksOffTheFxThreadAndCanBeCancelled() throws Exception {
        ExecutorTaskRunner runner = new ExecutorTaskRunner(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicBoolean fxThread = new AtomicBoolean(true);
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                workThread.set(Thread.currentThread().getName());
                fxThread.set(Platform.isFxApplicationThread());
                started.countDown();
                int rounds = 0;
                try {
                    while (!isCancelled()) {
                        rounds++;
                        Thread.sleep(5);
                    }
                } catch (InterruptedException e) {
                    // cancel(true) interrupts the sleep: that is the cancellation arriving
                }
                stopped.countDown();
                return rounds;
            }
        };
        onFx(() -> runner.run(task));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        FxTestSupport.onFxRun(task::cancel);

        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
        drainFx();
        assertThat(onFx(task::getState)).isEqualTo(Worker.State.CANCELLED);
        assertThat(workThread.get()).startsWith("orderdesk-task-");
        assertThat(fxThread).isFalse();
        runner.shutdown();
    }

    @Test
    void shutdownCancelsWhatIsRunning() throws Exception {
        ExecutorTaskRunner runner = new ExecutorTaskRunner(1);
        CountDownLatch started = new CountDownLatch(1);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                started.countDown();
                Thread.sleep(30_000);
                return null;
            }
        };
        onFx(() -> runner.run(task));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        runner.shutdown();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(task::getState) == Worker.State.CANCELLED);
    }

    /** A window closing on another thread shuts the pool between the runner's check and its submit (seen in CI). */
    @Test
    void aTaskRejectedByAPoolShutMeanwhileIsCancelledNotThrown() throws Exception {
        java.util.concurrent.ExecutorService shutMeanwhile = new java.util.concurrent.AbstractExecutorService() {
            @Override public void execute(Runnable r) {
                throw new java.util.concurrent.RejectedExecutionException("shutting down");
            }
            @Override public boolean isShutdown() { return false; }
            @Override public void shutdown() { }
            @Override public List<Runnable> shutdownNow() { return List.of(); }
            @Override public boolean isTerminated() { return false; }
            @Override public boolean awaitTermination(long timeout, TimeUnit unit) { return true; }
        };
        AtomicBoolean worked = new AtomicBoolean();
        Task<Void> task = UiTasks.of(() -> {
            worked.set(true);
            return null;
        });

        Worker.State state = onFx(() -> new ExecutorTaskRunner(shutMeanwhile).run(task).getState());

        assertThat(state).isEqualTo(Worker.State.CANCELLED);
        assertThat(worked).isFalse();
    }

    @Test
    void progressBarShowsWhileRunningAndItsCancelButtonCancels() throws Exception {
        ExecutorTaskRunner runner = new ExecutorTaskRunner(1);
        CountDownLatch release = new CountDownLatch(1);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage("Printing 12 invoices");
                updateProgress(3, 12);
                release.await(10, TimeUnit.SECONDS);
                return null;
            }
        };
        TaskProgressBar bar = onFx(TaskProgressBar::new);
        FxTestSupport.onFxRun(() -> bar.bind(runner.run(task), true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Printing 12 invoices".equals(onFx(task::getMessage)));
        drainFx();
        assertThat(bar.isVisible()).isTrue();
        assertThat(((javafx.scene.control.Label) bar.lookup("#taskMessage")).getText()).isEqualTo("Printing 12 invoices");
        assertThat(((javafx.scene.control.ProgressBar) bar.lookup("#taskProgress")).getProgress()).isEqualTo(0.25);

        FxTestSupport.onFxRun(() -> ((javafx.scene.control.Button) bar.lookup("#taskCancel")).fire());
        release.countDown();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(task::getState) == Worker.State.CANCELLED);
        drainFx();
        assertThat(bar.isVisible()).isFalse();
        runner.shutdown();
    }

    /** A handler shows the failure's message after its own words: a bug's message is not for the user, a refusal's is. */
    @Test
    void aFailedTaskHandsItsHandlerABugAsUnexpectedAndARefusalAsItCame() throws Exception {
        ExecutorTaskRunner runner = new ExecutorTaskRunner(1);
        IllegalArgumentException refusal = new IllegalArgumentException("The quantity must be more than 0.");
        AtomicReference<Throwable> bug = new AtomicReference<>();
        AtomicReference<Throwable> refused = new AtomicReference<>();
        FxTestSupport.onFxRun(() -> {
            runner.run(UiTasks.of(() -> ((String) null).length(), v -> { }, bug::set));
            runner.run(UiTasks.titled("Saving", () -> {
                throw refusal;
            }, v -> { }, refused::set));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bug.get() != null && refused.get() != null);

        assertThat(bug.get()).isInstanceOf(UnexpectedFailure.class).hasCauseInstanceOf(NullPointerException.class);
        assertThat(bug.get().getMessage()).startsWith("something the desk did not expect went wrong (NullPointerException)");
        assertThat(refused.get()).isSameAs(refusal);
        runner.shutdown();
    }
}
