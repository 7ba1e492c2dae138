package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import javafx.scene.control.DatePicker;
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
 * A dunning run whose date is no date is not proposed: before, Propose ran for the day the picker
 * kept (today) while the field showed "13/45/2026" in red, and the letters said that day.
 */
@ExtendWith(ApplicationExtension.class)
class DunningUnreadDateScreenTest extends ScreenTestOnOneBook {
    private static CollectionsFixture f;

    @BeforeAll
    static void book() throws Exception {
        f = new CollectionsFixture(book);
        f.ar();
    }

    @Start
    void start(Stage stage) throws Exception {
        var ar = f.ar();
        DunningViewModel model = new DunningViewModel(f.services.dunning(), (letter, day, folder) -> folder.resolve(letter.customerNo() + ".pdf"), () -> ar);
        screen.show(stage, new DunningController(model, screen.tasks, screen.dialogs, screen.status), 1366, 700);
    }

    @Test
    void aRunDatedWithNoDateIsRefusedAndTheTextStays(FxRobot robot) throws Exception {
        DatePicker picker = robot.lookup("#runDatePicker").queryAs(DatePicker.class);
        robot.clickOn("#runDatePicker");
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write("13/45/2026").type(KeyCode.TAB);
        assertThat(picker.getValue()).as("the picker keeps today").isNotNull();

        robot.interact(() -> robot.lookup("#proposeButton").queryButton().fire());
        ScreenFixture.waitUntil(60, () -> !screen.dialogs.errors.isEmpty() || screen.lastMessage().contains("proposed"));

        assertThat(screen.lastMessage()).doesNotContain("letters proposed");
        assertThat(screen.dialogs.errors).singleElement().asString().contains("\u201c13/45/2026\u201d is not a date");
        assertThat(robot.lookup("#dunningTable").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(picker.getEditor().getText()).isEqualTo("13/45/2026");
    }
}
