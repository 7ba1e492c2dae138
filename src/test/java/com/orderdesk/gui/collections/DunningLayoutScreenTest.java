package com.orderdesk.gui.collections;

import static com.orderdesk.gui.common.TableLook.sidewaysBar;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A dunning run at 1024 x 768 and at 1366 x 768. Tour of 7 December (tour15, arthur, demo book): at 1024 the
 * proposed letters' Overdue was cut at the list's edge ("2,843.7"), Fee and Total due lay beyond it behind a
 * sideways scroll bar, and the letter's items beside the list lost their amounts to another sideways bar.
 * Under the list (the fix) the letter's words first kept a single line: the items took the height.
 */
@ExtendWith(ApplicationExtension.class)
class DunningLayoutScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        Truncation.applicationLook();
        desk.openBook();
        desk.dunning(stage, (letter, day, folder) -> Path.of("unused.pdf"), Room.AT_1366);
        root = desk.scene().getRoot();
    }

    @Test
    void theLettersAndTheirItemsReadWholeAt1024AndAt1366(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#proposeButton").queryButton().fire());
        ScreenFixture.waitUntil(90, () -> desk.screen.lastMessage().contains("letters proposed"));
        TableView<?> table = desk.letterTable(robot);
        ListView<?> items = robot.lookup("#itemsList").queryListView();
        ScreenFixture.waitUntil(10, () -> !items.getItems().isEmpty());
        try {
            for (double width : new double[] {Room.AT_1024, Room.AT_1366}) {
                Room.widen(robot, root, width);
                assertThat(Room.problems(root)).as("at %.0f px", width).isEmpty();
                assertThat(Truncation.columnsOutOfView(table)).as("letters' columns past the list's edge at %.0f px", width)
                        .isEmpty();
                assertThat(Truncation.cutHeaders(table)).as("letters' headers cut at %.0f px", width).isEmpty();
                assertThat(Truncation.cutCells(table, "Name")).as("letters' cells cut at %.0f px", width).isEmpty();
                assertThat(sidewaysBar(items)).as("the letter's items scroll sideways at %.0f px", width).isFalse();
                // the letter's words whole above its items (a wrapping label is never "cut" for Room): under the list
                // at first they kept one line, "Level 1 to Piedmont Storage Corp.:...", the items taking the height
                assertThat(missingHeight(robot.lookup("#letterLabel").queryAs(javafx.scene.control.Label.class)))
                        .as("height the letter's words lack at %.0f px", width).isLessThan(1);
            }
        } finally {
            Room.widen(robot, root, Room.AT_1366);
        }
    }

    private static double missingHeight(javafx.scene.control.Label label) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> label.prefHeight(label.getWidth()) - label.getHeight()).get();
    }

}
