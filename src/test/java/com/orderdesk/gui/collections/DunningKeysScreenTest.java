package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
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
 * An AR clerk runs dunning with the keys of its list (F1): Alt+D to the run's date, Alt+P proposes
 * the letters, Delete takes the selected one out of the run. (Ctrl+P: DunningScreenTest.)
 */
@ExtendWith(ApplicationExtension.class)
class DunningKeysScreenTest extends ScreenTestOnOneBook {
    private static CollectionsFixture f;
    private DunningController controller;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        f = new CollectionsFixture(book);
        f.ar();
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var ar = f.ar();
        DunningViewModel model = new DunningViewModel(f.services.dunning(), (letter, day, folder) -> {
            throw new AssertionError("nothing is printed here");
        }, () -> ar);
        controller = new DunningController(model, screen.tasks, screen.dialogs, screen.status);
        scene = screen.show(stage, controller, 1258, 700);
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(60, condition);
    }

    @Test
    void theDunningKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#dunningTable").queryAs(TableView.class);
        robot.clickOn("#dunningTable");
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        assertThat(screen.settledFocusOrParentId()).as("focus after Alt+D").isEqualTo("runDatePicker");
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil(() -> screen.lastMessage().contains("letters proposed"));
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("#dunningTable").type(KeyCode.HOME);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(screen.lastMessage()).isEqualTo("Letter to C-10001 taken out of this run");
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** The run's date label's letter puts the cursor in the picker and proposes nothing. */
    @Test
    void theRunDatesLetterPutsTheCursorInThePicker(FxRobot robot) {
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#dunningTable").query(),
                Map.of(KeyCode.D, "runDatePicker"));
        assertThat(robot.lookup("#dunningTable").queryAs(TableView.class).getItems()).as("no letter proposed").isEmpty();
    }
}
