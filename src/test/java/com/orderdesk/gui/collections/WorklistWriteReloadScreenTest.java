package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.collections.WorklistRow;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A contact logged on a desk left open past midnight: the reload after it re-runs the whole day's
 * predictions (4.3 s at 100,000 customers), which ran with no bar and no Cancel (decision 0009). It
 * now shows the bar, and Esc stops the reload: the contact stays logged, the list shown before
 * stays, and the status bar says both. The reload is held as it starts (the user is asked for
 * there, right after the write's own ask), so Esc lands while it runs however fast the machine.
 */
@ExtendWith(ApplicationExtension.class)
class WorklistWriteReloadScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private final HeldAnswer reload = new HeldAnswer();
    /** Set before a write: its ask for the user arms the hold, so the reload's ask (the next) waits. */
    private final AtomicBoolean holdTheAskAfterNext = new AtomicBoolean();
    private final CountedTasks tasks = new CountedTasks();

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook();
        desk.worklist(stage, desk.services(), tasks, () -> {
            if (!javafx.application.Platform.isFxApplicationThread() && holdTheAskAfterNext.getAndSet(false)) {
                reload.holdNext();
            } else {
                reload.pass();
            }
            return desk.signedIn();
        }, 1366);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private int contactsLogged() {
        return desk.book().book.db.read(s -> ((Number) s.createNativeQuery("SELECT count(*) FROM collection_contact", Object.class)
                .getSingleResult()).intValue());
    }

    @Test
    void escDuringTheReloadAfterAContactPastMidnightKeepsTheContactAndTheListShownBefore(FxRobot robot) throws Exception {
        TableView<WorklistRow> table = desk.worklistTable(robot);
        ScreenFixture.waitUntil(60, () -> desk.screen.lastMessage().startsWith("Worklist loaded: 2 customers"));
        robot.clickOn("Portland Public Schools");
        ScreenFixture.waitUntil(30, () -> robot.lookup("#customerLabel").queryAs(Label.class).getText().contains("C-10002"));
        tasks.awaitAllReturned(30); // the customer's history read: the next asks are the write's and the reload's
        List<WorklistRow> before = List.copyOf(table.getItems());
        int contactsBefore = contactsLogged();

        desk.clock.advance(Duration.ofDays(1)); // past midnight: the day's predictions are not current any more
        robot.clickOn("#noteField").write("Left a voicemail for accounts payable");
        holdTheAskAfterNext.set(true);
        robot.clickOn("#logContactButton");
        ScreenFixture.waitUntil(30, reload::holding);
        Label message = robot.lookup("#taskMessage").queryAs(Label.class);
        ScreenFixture.waitUntil(30, () -> "Logging the contact with C-10002, then reloading the worklist\u2026".equals(message.getText()));
        assertThat(robot.lookup(".task-progress").query().isVisible()).as("the bar shows while the predictions run").isTrue();
        robot.type(KeyCode.ESCAPE);
        ScreenFixture.waitUntil(30, () -> "Cancelling the load\u2026".equals(message.getText()));
        reload.letGo();
        tasks.awaitAllReturned(60);

        assertThat(desk.screen.lastMessage()).isEqualTo("Contact with C-10002 logged; reloading the worklist was cancelled, "
                + "the list shown before stays (F5 loads it)");
        assertThat(contactsLogged()).as("the contact is kept").isEqualTo(contactsBefore + 1);
        assertThat(table.getItems()).isEqualTo(before);
        assertThat(robot.lookup(".task-progress").query().isVisible()).isFalse();
        assertThat(desk.screen.dialogs.errors).isEmpty();
    }
}
