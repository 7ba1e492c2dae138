package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoDataGenerator;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.PostgresSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start's splash while another desk holds the PostgreSQL book's demo lock: it says so in
 * a sentence (it read "Preparing the demo book ... 0%", standing still, for as long as the other
 * desk took), the bar moves without a percentage, and Cancel (Esc, Alt+C) still stops the start.
 */
@ExtendWith(ApplicationExtension.class)
class StartupSplashScreenTest {
    private Stage stage;

    @BeforeAll
    static void slowSetup() {
        ScreenFixture.allowSlowSetup();
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        this.stage = stage;
    }

    @Test
    void waitingForAnotherDeskSaysSoAndEscStillCancels(FxRobot robot) throws Exception {
        FixedStatus status = new FixedStatus();
        AtomicInteger cancels = new AtomicInteger();
        StartupSplash splash = show(robot, status, cancels::incrementAndGet);

        status.waiting = true;
        awaitText(robot, StartupSplash.WAITING);
        assertThat(robot.lookup("#startupProgress").queryAs(ProgressBar.class).isIndeterminate()).isTrue();
        assertThat(Truncation.cutLabels(stage.getScene().getRoot(), "#startupWhat")).as("the sentence whole at 1366 px").isEmpty();

        // the other desk stopped and this one writes the book after all: its percentage again
        status.waiting = false;
        status.progress = 0.42;
        awaitText(robot, "Preparing the demo book for a first start ... 42%");

        status.waiting = true;
        awaitText(robot, StartupSplash.WAITING);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancels.get()).isEqualTo(1);
        assertThat(robot.lookup("#startupCancel").queryAs(Button.class).isDisabled()).as("pressed once").isTrue();
        robot.interact(splash::stop);
    }

    /** The same with a real start on PostgreSQL while another session holds the book's demo lock. */
    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
    void aRealStartWaitingOnTheDemoLockShowsTheSentenceAndAltCStopsIt(FxRobot robot) throws Exception {
        try (PostgresSchema schema = PostgresSchema.create();
             Connection otherDesk = DriverManager.getConnection(schema.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password());
             Statement st = otherDesk.createStatement()) {
            st.execute("select pg_advisory_lock(hashtext('orderdesk.demo-book'), hashtext(current_schema()))");
            StartupJob job = StartupJob.begin(schema.config(), DemoBookFiguresTest.CLOCK);
            show(robot, job, job::cancel);

            awaitText(robot, StartupSplash.WAITING);
            robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
            try {
                job.services().get(20, TimeUnit.SECONDS);
                throw new AssertionError("the start went on after Cancel");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DemoDataGenerator.Cancelled.class);
            }
            try (var rs = st.executeQuery("select to_regclass('customer') is null")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("nothing written while it waited").isTrue();
            }
        }
    }

    private StartupSplash show(FxRobot robot, StartupSplash.Status status, Runnable onCancel) {
        StartupSplash[] splash = new StartupSplash[1];
        robot.interact(() -> {
            splash[0] = new StartupSplash("jdbc:postgresql://db.example/orders", status, () -> { }, onCancel);
            Scene scene = new Scene(new StackPane(splash[0].root()), 1366, 768);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            splash[0].start();
        });
        return splash[0];
    }

    private static void awaitText(FxRobot robot, String text) throws Exception {
        Label what = robot.lookup("#startupWhat").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.equals(what.getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected '" + text + "', the splash says '" + what.getText() + "'", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static final class FixedStatus implements StartupSplash.Status {
        volatile double progress = -1;
        volatile boolean waiting;

        @Override
        public double progress() {
            return progress;
        }

        @Override
        public boolean waitingForAnotherDesk() {
            return waiting;
        }
    }
}
