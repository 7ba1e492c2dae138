package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A promise or a call's next action dated with text that is no date is refused with the field's
 * sentence, and the text stays as typed. Before, the picker's last date was used: the promise was
 * recorded for the date picked earlier while the field beside showed "2026-13-45" in red.
 */
@ExtendWith(ApplicationExtension.class)
class UnreadDatesRefusedScreenTest extends ScreenTestOnOneBook {
    private static CollectionsFixture f;
    private static AppServices services;

    @BeforeAll
    static void book() throws Exception {
        f = new CollectionsFixture(book);
        services = AppServices.over(f.book.db, TestBook.TAX, TestBook.CLOCK, TestBook.KEY_ITERATIONS);
        f.ar();
    }

    @Start
    void start(Stage stage) throws Exception {
        var ar = f.ar();
        WorklistController controller = new WorklistController(new WorklistViewModel(services.collections(), () -> ar),
                screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1366, 700);
        controller.refresh();
    }

    @SuppressWarnings("unchecked")
    private static List<WorklistRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#worklistTable").queryAs(TableView.class).getItems());
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
        ScreenFixture.waitUntil(30, () -> !screen.dialogs.errors.isEmpty() || screen.lastMessage().startsWith("Promise of"));

        assertThat(screen.lastMessage()).doesNotStartWith("Promise of");
        assertThat(screen.dialogs.errors).singleElement().asString().contains("\u201c2026-13-45\u201d is not a date")
                .contains("Nothing was saved");
        assertThat(services.collections().customerFile(f.ar(), rows(robot).get(1).customerId()).promises()).as("promises").isEmpty();
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
        ScreenFixture.waitUntil(30, () -> !screen.dialogs.errors.isEmpty() || screen.lastMessage().contains("logged"));

        assertThat(screen.dialogs.errors).singleElement().asString().contains("\u201c2026-13-45\u201d is not a date");
        assertThat(services.collections().customerFile(f.ar(), rows(robot).get(1).customerId()).contacts()).as("contacts").isEmpty();
        assertThat(robot.lookup("#nextActionPicker").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2026-13-45");
    }
}
