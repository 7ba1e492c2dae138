package com.orderdesk.gui.collections;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.SignedInUser;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The AR lead opens Dunning levels on a busy database and adds a level (Alt+A, 45 days, Enter) before the
 * stored procedure was read. The read is held until then; let go, it put the stored levels over the new
 * one and the form. The edit stays on the screen, the status line says so, and Undo brings the stored levels.
 */
class DunningLevelsEditedFirstScreenTest extends ScreenTestOnOneBook {
    private static SignedInUser lead;
    private static List<DunningRun.Level> stored;
    private final HeldAnswer firstRead = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();
    private DunningLevelsViewModel model;

    @BeforeAll
    static void book() throws Exception {
        lead = book.manager();
        stored = book.services().dunning().levels(lead);
    }

    @Start
    void start(Stage stage) {
        firstRead.holdNext();
        model = new DunningLevelsViewModel(book.services().dunning(), () -> {
            firstRead.pass();
            return lead;
        });
        DunningLevelsController controller = new DunningLevelsController(model, tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
        controller.focusFirst();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void aLevelAddedBeforeTheStoredProcedureIsReadIsKept(FxRobot robot) throws Exception {
        ScreenFixture.waitUntil(30, firstRead::holding);
        alt(robot, KeyCode.A);
        ScreenFixture.waitUntil(30, () -> model.levels().size() == 1);
        assertThat(screen.settledFocusId()).isEqualTo("daysField");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("45").type(KeyCode.ENTER);
        ScreenFixture.waitUntil(30, () -> model.levels().get(0).daysPastDue() == 45);

        firstRead.letGo();
        tasks.awaitAllReturned(30);

        assertThat(model.levels()).as("the lead's level").hasSize(1);
        assertThat(model.levels().get(0).daysPastDue()).isEqualTo(45);
        assertThat(robot.lookup("#daysField").queryAs(TextField.class).getText()).isEqualTo("45");
        assertThat(screen.lastMessage()).contains("your changes are kept");
        assertThat(screen.dialogs.errors).isEmpty();

        alt(robot, KeyCode.U);
        ScreenFixture.waitUntil(30, () -> model.levels().equals(stored));
    }
}
