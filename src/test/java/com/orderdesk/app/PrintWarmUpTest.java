package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The print warm-up is started from the FX thread (the desk has just shown) and must not run
 * there: a second or more of class and font loading would freeze the new desk.
 */
@ExtendWith(ApplicationExtension.class)
class PrintWarmUpTest {

    @Start
    void start(Stage stage) {
        // no window needed: the FX thread is what matters
    }

    @TempDir
    Path dir;

    /**
     * The first product suggestions of a session took 1.5-3 s at load ~15 (the first search's queries translated and
     * their classes loaded then): the search is warmed on this thread, off the FX thread, before printing is.
     */
    @Test
    void theProductSearchIsWarmedOffTheFxThreadOnARealBookBeforePrinting(FxRobot robot) throws Exception {
        TestBook book = TestBook.create(dir);
        try {
            List<String> steps = new CopyOnWriteArrayList<>();
            List<Boolean> onFx = new CopyOnWriteArrayList<>();
            PrintWarmUp warmUp = new PrintWarmUp(() -> {
                onFx.add(Platform.isFxApplicationThread());
                book.services().products().warmUp(book.clerk());
                // the door refuses someone who may not view orders, as every door does (PrintWarmUp.of then skips it)
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> book.services().products()
                                .warmUp(new SignedInUser(99, "nobody", "Nobody", Set.of())))
                        .isInstanceOf(com.orderdesk.logic.security.NotAuthorizedException.class);
                steps.add("search");
            }, 0, () -> steps.add("printing"), 0);
            Thread[] started = new Thread[1];
            robot.interact(() -> started[0] = warmUp.startOnce());
            started[0].join(TimeUnit.SECONDS.toMillis(60));
            assertThat(steps).containsExactly("search", "printing");
            assertThat(onFx).containsExactly(false);
        } finally {
            book.db.close();
        }
    }

    @Test
    void startedOnTheFxThreadItRunsOnceOnALowPriorityDaemonThread(FxRobot robot) throws Exception {
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        PrintWarmUp warmUp = new PrintWarmUp(() -> {
            ranOn.add(Thread.currentThread());
            onFx.add(Platform.isFxApplicationThread());
        }, 0);
        Thread[] started = new Thread[2];
        robot.interact(() -> {
            started[0] = warmUp.startOnce();
            started[1] = warmUp.startOnce(); // a user switch shows the desk again
        });
        started[0].join(TimeUnit.SECONDS.toMillis(10));
        assertThat(ranOn).hasSize(1);
        assertThat(onFx).containsExactly(false);
        assertThat(started[1]).isSameAs(started[0]).isSameAs(ranOn.get(0));
        assertThat(started[0].isDaemon()).isTrue();
        assertThat(started[0].getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }
}
