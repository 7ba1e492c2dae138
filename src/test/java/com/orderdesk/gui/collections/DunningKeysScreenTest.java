package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.Truncation;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An AR clerk runs dunning with the keys of its list (F1): Alt+D to the run's date, Alt+P proposes
 * the letters, Delete takes the selected one out of the run. (Ctrl+P: DunningScreenTest.)
 */
@ExtendWith(ApplicationExtension.class)
class DunningKeysScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Truncation.applicationLook();
        desk.openBook();
        desk.dunning(stage, (letter, day, folder) -> {
            throw new AssertionError("nothing is printed here");
        }, 1258);
        scene = desk.scene();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        desk.screen.await(60, condition);
    }

    @Test
    void theDunningKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        TableView<?> table = desk.letterTable(robot);
        robot.clickOn("#dunningTable");
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        assertThat(desk.screen.settledFocusOrParentId()).as("focus after Alt+D").isEqualTo("runDatePicker");
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil(() -> desk.screen.lastMessage().contains("letters proposed"));
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("#dunningTable").type(KeyCode.HOME);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(desk.screen.lastMessage()).isEqualTo("Letter to C-10001 taken out of this run");
        assertThat(desk.screen.dialogs.errors).isEmpty();
    }

    /** The run's date label's letter puts the cursor in the picker and proposes nothing. */
    @Test
    void theRunDatesLetterPutsTheCursorInThePicker(FxRobot robot) {
        LabelKeys.assertEachFocusesItsField(robot, scene, desk.screen, robot.lookup("#dunningTable").query(),
                Map.of(KeyCode.D, "runDatePicker"));
        assertThat(desk.letters(robot)).as("no letter proposed").isEmpty();
    }
}
