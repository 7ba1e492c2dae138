package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A dunning run whose date is no date is not proposed: before, Propose ran for the day the picker
 * kept (today) while the field showed "13/45/2026" in red, and the letters said that day.
 */
@ExtendWith(ApplicationExtension.class)
class DunningUnreadDateScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook();
        desk.dunning(stage, (letter, day, folder) -> folder.resolve(letter.customerNo() + ".pdf"), 1366);
    }

    @Test
    void aRunDatedWithNoDateIsRefusedAndTheTextStays(FxRobot robot) throws Exception {
        DatePicker picker = robot.lookup("#runDatePicker").queryAs(DatePicker.class);
        robot.clickOn("#runDatePicker");
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write("13/45/2026").type(KeyCode.TAB);
        assertThat(picker.getValue()).as("the picker keeps today").isNotNull();

        robot.interact(() -> robot.lookup("#proposeButton").queryButton().fire());
        ScreenFixture.waitUntil(60, () -> !desk.screen.dialogs.errors.isEmpty() || desk.screen.lastMessage().contains("proposed"));

        assertThat(desk.screen.lastMessage()).doesNotContain("letters proposed");
        assertThat(desk.screen.dialogs.errors).singleElement().asString().contains("\u201c13/45/2026\u201d is not a date");
        assertThat(desk.letters(robot)).isEmpty();
        assertThat(picker.getEditor().getText()).isEqualTo("13/45/2026");
    }
}
