package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.collections.CollectionsActions;
import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.util.List;
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
 * Esc while the worklist loads with the day's predictions (seconds on a book of 100,000 customers):
 * the run stops before its next step, stores nothing, and the list shown before stays, with the
 * status bar saying so. The load is held as it starts (the user is asked for there), so Esc lands
 * while it runs however fast the machine.
 */
@ExtendWith(ApplicationExtension.class)
class WorklistLoadCancelScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private final HeldAnswer start = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();

    @Start
    void start(Stage stage) throws Exception {
        CollectionsFixture f = desk.openBook();
        desk.worklist(stage, f.services, tasks, () -> {
            start.pass();
            return desk.signedIn();
        }, 1366);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private int refreshesAudited() {
        return desk.book().book.db.read(s -> ((Number) s.createNativeQuery("SELECT count(*) FROM audit_entry WHERE action = '"
                + CollectionsActions.PREDICTIONS_REFRESHED + "'", Object.class).getSingleResult()).intValue());
    }

    @Test
    void escDuringTheDaysPredictionsKeepsTheListShownBeforeAndSaysSo(FxRobot robot) throws Exception {
        TableView<WorklistRow> table = desk.worklistTable(robot);
        ScreenFixture.waitUntil(60, () -> desk.screen.lastMessage().startsWith("Worklist loaded: 2 customers"));
        tasks.awaitAllReturned(30); // the selected customer's history too: the next read held is the load's
        List<WorklistRow> before = List.copyOf(table.getItems());
        assertThat(refreshesAudited()).isEqualTo(1);

        start.holdNext();
        robot.clickOn("#repredictButton");
        ScreenFixture.waitUntil(30, start::holding);
        Label message = robot.lookup("#taskMessage").queryAs(Label.class);
        ScreenFixture.waitUntil(30, () -> "Loading the worklist\u2026".equals(message.getText()));
        robot.type(KeyCode.ESCAPE);
        ScreenFixture.waitUntil(30, () -> "Cancelling the load\u2026".equals(message.getText()));
        start.letGo();
        tasks.awaitAllReturned(60);

        assertThat(desk.screen.lastMessage()).isEqualTo("Loading the worklist cancelled; the list shown before stays");
        assertThat(table.getItems()).isEqualTo(before);
        assertThat(refreshesAudited()).as("the predictions were not run again").isEqualTo(1);
        assertThat(robot.lookup(".task-progress").query().isVisible()).isFalse();
        assertThat(desk.screen.dialogs.errors).isEmpty();
    }
}
