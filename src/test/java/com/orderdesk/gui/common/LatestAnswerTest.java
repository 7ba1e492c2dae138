package com.orderdesk.gui.common;

import static com.orderdesk.gui.common.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Two requests whose answers come back in the wrong order: only the later request's answer is shown. */
class LatestAnswerTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    private static void runAndWait(Task<?> task) throws Exception {
        Thread thread = new Thread(task);
        thread.start();
        thread.join(10_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.isDone()).as("task finished").isTrue();
    }

    @Test
    void anEarlierRequestsAnswerArrivingLastIsNotShown() throws Exception {
        LatestAnswer answers = new LatestAnswer();
        List<String> shown = new CopyOnWriteArrayList<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayAnswer = new CountDownLatch(1);
        Task<String> first = onFx(() -> answers.of(() -> {
            firstMayAnswer.await(10, TimeUnit.SECONDS);
            return "first payment";
        }, shown::add, e -> failures.add(e.getMessage())));
        Task<String> second = onFx(() -> answers.of(() -> "second payment", shown::add, e -> failures.add(e.getMessage())));
        Task<String> failedEarlier = onFx(() -> answers.of(() -> {
            throw new IllegalStateException("ignored");
        }, shown::add, e -> failures.add(e.getMessage())));
        Task<String> third = onFx(() -> answers.of(() -> "third payment", shown::add, e -> failures.add(e.getMessage())));

        runAndWait(third);
        firstMayAnswer.countDown();
        runAndWait(first);
        runAndWait(second);
        runAndWait(failedEarlier);

        assertThat(shown).containsExactly("third payment");
        assertThat(failures).isEmpty();
    }

    @Test
    void forgetDropsTheAnswerStillOnItsWay() throws Exception {
        LatestAnswer answers = new LatestAnswer();
        List<String> shown = new CopyOnWriteArrayList<>();
        Task<String> pending = onFx(() -> answers.of(() -> "payment", shown::add, e -> { }));
        onFx(() -> {
            answers.forget();
            return null;
        });
        runAndWait(pending);
        Task<String> next = onFx(() -> answers.of(() -> "next", shown::add, e -> { }));
        runAndWait(next);
        assertThat(shown).containsExactly("next");
    }
}
