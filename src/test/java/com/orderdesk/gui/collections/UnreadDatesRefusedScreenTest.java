package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.persistence.TestBook;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A promise or a call's next action dated with text that is no date is refused with the field's
 * sentence, and the text stays as typed. Before, the picker's last date was used: the promise was
 * recorded for the date picked earlier while the field beside showed "2026-13-45" in red.
 */
@ExtendWith(ApplicationExtension.class)
class UnreadDatesRefusedScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook();
        desk.worklist(stage, 1366);
    }

    private List<WorklistRow> rows(FxRobot robot) {
        return desk.rows(robot);
    }

    private void typeOverAKeptDate(FxRobot robot, String pickerId) {
        DatePicker picker = robot.lookup(pickerId).queryAs(DatePicker.class);
        robot.clickOn(pickerId).write(TestBook.TODAY.plusDays(2).toString()).type(KeyCode.ENTER);
        assertThat(picker.getValue()).isEqualTo(TestBook.TODAY.plusDays(2));
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write("2026-13-45").type(KeyCode.TAB);
        assertThat(picker.getValue()).as("the picker keeps its last date").isEqualTo(TestBook.TODAY.plusDays(2));
    }

    @Test
    void aPromiseDatedWithNoDateIsRefusedAndTheTextStays(FxRobot robot) throws Exception {
        ScreenFixture.waitUntil(60, () -> rows(robot).size() == 2);
        robot.clickOn("Portland Public Schools");
        ScreenFixture.waitUntil(60, () -> robot.lookup("#customerLabel").queryAs(Label.class).getText().contains("C-10002"));
        robot.clickOn("#promiseAmountField").write("120.00");
        typeOverAKeptDate(robot, "#promiseDatePicker");

        robot.clickOn("#recordPromiseButton");
        ScreenFixture.waitUntil(30, () -> !desk.screen.dialogs.errors.isEmpty() || desk.screen.lastMessage().startsWith("Promise of"));

        assertThat(desk.screen.lastMessage()).doesNotStartWith("Promise of");
        assertThat(desk.screen.dialogs.errors).singleElement().asString().contains("\u201c2026-13-45\u201d is not a date")
                .contains("Nothing was saved");
        assertThat(desk.book().services.collections().customerFile(desk.signedIn(), rows(robot).get(1).customerId()).promises()).as("promises").isEmpty();
        assertThat(robot.lookup("#promiseDatePicker").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2026-13-45");
    }

    @Test
    void aCallWhoseNextActionIsNoDateIsRefused(FxRobot robot) throws Exception {
        ScreenFixture.waitUntil(60, () -> rows(robot).size() == 2);
        robot.clickOn("Portland Public Schools");
        ScreenFixture.waitUntil(60, () -> robot.lookup("#customerLabel").queryAs(Label.class).getText().contains("C-10002"));
        robot.clickOn("#noteField").write("Left a message");
        typeOverAKeptDate(robot, "#nextActionPicker");

        robot.clickOn("#logContactButton");
        ScreenFixture.waitUntil(30, () -> !desk.screen.dialogs.errors.isEmpty() || desk.screen.lastMessage().contains("logged"));

        assertThat(desk.screen.dialogs.errors).singleElement().asString().contains("\u201c2026-13-45\u201d is not a date");
        assertThat(desk.book().services.collections().customerFile(desk.signedIn(), rows(robot).get(1).customerId()).contacts()).as("contacts").isEmpty();
        assertThat(robot.lookup("#nextActionPicker").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2026-13-45");
    }
}
