package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
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
 * Esc while the letters are proposed (seconds on a book of 100,000 customers): the proposal stops
 * before the next customer, the letters reviewed before stay as they were (one taken out by hand
 * included), and the status bar says it was cancelled. The run is held as it starts (the user is
 * asked for there), so Esc lands while it runs however fast the machine.
 */
@ExtendWith(ApplicationExtension.class)
class DunningProposeCancelScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private final HeldAnswer start = new HeldAnswer();

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook().overdueCustomers(5);
        desk.dunning(stage, (letter, day, folder) -> Path.of("unused"), () -> {
            start.pass();
            return desk.signedIn();
        }, 1366);
    }

    private List<DunningRun.Letter> letters(FxRobot robot) {
        return desk.letters(robot);
    }

    @Test
    void escWhileProposingStopsTheRunAndKeepsTheLettersReviewedBefore(FxRobot robot) throws Exception {
        robot.clickOn("#proposeButton");
        ScreenFixture.waitUntil(60, () -> desk.screen.lastMessage().startsWith("6 letters proposed"));
        robot.clickOn("#dunningTable").type(KeyCode.HOME).type(KeyCode.DELETE);
        List<DunningRun.Letter> reviewed = letters(robot);
        assertThat(reviewed).hasSize(5);

        start.holdNext();
        robot.clickOn("#proposeButton");
        ScreenFixture.waitUntil(30, start::holding);
        Label message = robot.lookup("#taskMessage").queryAs(Label.class);
        ScreenFixture.waitUntil(30, () -> String.valueOf(message.getText()).startsWith("Proposing the letters for "));
        robot.type(KeyCode.ESCAPE);
        ScreenFixture.waitUntil(30, () -> "Cancelling the proposal\u2026".equals(message.getText()));
        start.letGo();
        ScreenFixture.waitUntil(60, () -> !desk.screen.lastMessage().startsWith("Letter to ")); // the run's answer, whatever it is

        assertThat(desk.screen.lastMessage()).startsWith("Proposing for ").endsWith(" cancelled after 0 of 7 customers;"
                + " the 5 letters proposed before stay");
        assertThat(letters(robot)).as("the letters reviewed before").isEqualTo(reviewed);
        assertThat(robot.lookup(".task-progress").query().isVisible()).as("the bar is gone").isFalse();
        assertThat(desk.screen.dialogs.errors).isEmpty();
        assertThat(desk.book().services.dunning().propose(desk.signedIn(), TestBook.TODAY)).as("nothing recorded: all six again").hasSize(6);
    }
}
