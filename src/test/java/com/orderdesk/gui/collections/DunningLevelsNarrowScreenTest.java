package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The dunning procedure in the room a 1024 x 768 window leaves (916 x 700 beside the rail). Tour of 7 December
 * (layout18, carmen, demo book): the levels' titles read "L...", "Days pa...", "Grace..." and the form's buttons
 * "Apply to l...", "Add le...", "Remove last le...". The list keeps its figures and the letter whole (the text is
 * whole in the form), the buttons wrap where the form is narrow.
 */
class DunningLevelsNarrowScreenTest extends ScreenTestOnOneBook {
    @Start
    void start(Stage stage) throws Exception {
        var lead = book.manager();
        DunningLevelsController controller = new DunningLevelsController(new DunningLevelsViewModel(book.services().dunning(),
                () -> lead), screen.tasks, screen.dialogs, screen.status);
        Truncation.applicationLook();
        screen.show(stage, controller, Room.AT_1024, 700);
        controller.refresh();
    }

    @Test
    void at1024TheLevelsTitlesFiguresAndTheFormsButtonsReadWhole(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#levelsTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(60, () -> table.getItems().size() == 3);
        javafx.scene.Parent root = table.getScene().getRoot();
        String at = "at 1024 px (list " + Math.round(table.getWidth()) + ")";
        assertThat(Truncation.cutHeaders(table)).as("titles cut %s", at).isEmpty();
        assertThat(Truncation.cutCells(table, "Text")).as("cells cut %s", at).isEmpty();
        assertThat(Truncation.columnsOutOfView(table)).as("columns out of view %s", at).isEmpty();
        assertThat(Room.problems(root)).as("controls cut or outside %s", at).isEmpty();
    }
}
