package com.orderdesk.gui.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard in the room a 1024 x 768 window leaves it (916 x 700). fin14's screenshot of 7 December:
 * the figures (four tiles of 190 px to a row) and the documents' list (280 px) asked some 1,100 px beside
 * each other, and the whole screen ran past the window: Export CSV, the list and the status bar's end cut
 * off. Now the list goes under the figures there, and beside them at 1366.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardAt1024ScreenTest {
    private static OrderLife life;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private Parent root;

    @BeforeAll
    static void book() throws Exception {
        life = DashboardScreens.paidOrderBook("dashboard-1024");
    }

    @Start
    void start(Stage stage) {
        DashboardController controller = DashboardScreens.controller(life, screen);
        Truncation.applicationLook();
        root = screen.show(stage, controller, Room.AT_1024, 700).getRoot();
        controller.refresh();
    }

    @AfterAll
    static void closeBook() {
        life.book.db.close();
    }

    @Test
    void theFiguresAndTheDocumentsListFitTheWindowOneAboveTheOther(FxRobot robot) throws Exception {
        FlowPane tiles = robot.lookup("#tiles").queryAs(FlowPane.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !tiles.getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Room.outside(root)).as("controls past the window's edge").isEmpty();
        assertThat(Room.cut(root)).as("words cut").isEmpty();
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        assertThat(split.getOrientation()).isEqualTo(Orientation.VERTICAL);
        assertThat(robot.lookup("#drillTable").queryTableView().getHeight()).as("the documents' list's height").isGreaterThan(100);
        // four tiles still make a row
        double firstRow = tiles.getChildren().get(0).getBoundsInParent().getMinY();
        assertThat(tiles.getChildren().stream().filter(n -> n.getBoundsInParent().getMinY() == firstRow).count()).isEqualTo(4);
    }
}
