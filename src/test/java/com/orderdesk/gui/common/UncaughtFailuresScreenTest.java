package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A button whose handler has a bug: the click must not seem to do nothing with the trace on the terminal
 * only. The log keeps the trace and the user gets the desk's error dialog, once for a burst of the same.
 */
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresScreenTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Thread.UncaughtExceptionHandler defaultBefore;
    private Thread.UncaughtExceptionHandler fxBefore;
    private Thread fxThread;

    @Start
    void start(Stage stage) {
        Button broken = new Button("Broken");
        broken.setOnAction(e -> {
            String missing = null;
            missing.length(); // the bug: a NullPointerException out of a handler
        });
        stage.setScene(new Scene(new StackPane(broken), 300, 200));
        stage.show();
        defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        fxThread = Thread.currentThread();
        fxBefore = fxThread.getUncaughtExceptionHandler();
        UncaughtFailures handler = new UncaughtFailures(dialogs, clock::get);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        fxThread.setUncaughtExceptionHandler(handler);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void putBack() {
        Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
        fxThread.setUncaughtExceptionHandler(fxBefore);
        root.detachAppender(log);
    }

    private List<ILoggingEvent> errorsLogged() {
        return log.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    }

    @Test
    void aHandlersBugIsLoggedWithItsTraceAndToldOnceInABurst(FxRobot robot) throws Exception {
        robot.clickOn("Broken");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).singleElement().isEqualTo(
                "Something the desk did not expect went wrong (NullPointerException). | "
                        + "What is on the screen was left as it was; what was saved before stays saved. | "
                        + "Try again. If it happens again, tell support and send them the log: " + LogFile.path());
        assertThat(errorsLogged()).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).startsWith("Unexpected failure on thread JavaFX Application Thread");
            assertThat(e.getThrowableProxy().getClassName()).isEqualTo("java.lang.NullPointerException");
            assertThat(e.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });

        robot.clickOn("Broken"); // at once: logged again, not told again
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> errorsLogged().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).hasSize(1);

        clock.addAndGet(UncaughtFailures.QUIET_NANOS + 1); // a while later: told again
        robot.clickOn("Broken");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.errors.size() == 2);
        assertThat(errorsLogged()).hasSize(3);
    }

    @Test
    void aFailureOnAnotherThreadIsToldOnTheFxThread() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException();
        }, "desk-worker");
        worker.start();
        worker.join(20_000);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Something the desk did not expect went wrong (IllegalStateException).");
        assertThat(errorsLogged()).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("Unexpected failure on thread desk-worker");
    }
}
