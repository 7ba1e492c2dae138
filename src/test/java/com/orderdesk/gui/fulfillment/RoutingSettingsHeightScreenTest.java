package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The routing settings window leaves the screen's edges visible at 1366 x 768 (it filled the whole
 * 768 px height, tour of 5 December), and in that lower window the tables scroll inside it: the rate
 * card, the last table, can be brought whole into view instead of running off the window's bottom.
 */
@ExtendWith(ApplicationExtension.class)
class RoutingSettingsHeightScreenTest extends ScreenTestOnOneBook {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 668;
    private Parent root;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        root = RoutingSettingsWindow.show(book, screen, stage, WIDTH, HEIGHT).getRoot();
    }

    @Test
    void theWindowLeavesTheScreensEdgesAndItsTablesScrollInside(FxRobot robot) throws Exception {
        var size = RoutingSettingsController.windowSize(new javafx.geometry.Rectangle2D(0, 0, 1366, 768));
        assertThat(size.getHeight()).as("height at 1366 x 768").isEqualTo(HEIGHT).isLessThanOrEqualTo(768 - 80);
        assertThat(size.getWidth()).as("width at 1366 x 768").isEqualTo(WIDTH).isLessThanOrEqualTo(1366 - 40);
        TableView<?> rates = robot.lookup("#rateTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> !rates.getItems().isEmpty()
                && robot.lookup("#scroller").query().isVisible()); // all rows in: the rate card fills a slice per pulse

        ScrollPane scroller = null;
        for (Node n = rates.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                scroller = s;
            }
        }
        assertThat(scroller).as("the tables lie in a scroll pane").isInstanceOf(ScrollPane.class);
        ScrollPane pane = scroller;
        robot.interact(() -> pane.setVvalue(pane.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds table = rates.localToScene(rates.getBoundsInLocal());
        assertThat(table.getMaxY()).as("rate card's bottom, scrolled to the end").isLessThanOrEqualTo(HEIGHT);
        assertThat(rates.getHeight()).as("rate card's height").isGreaterThanOrEqualTo(250);
        assertThat(Truncation.cutHeaders(root)).isEmpty();
    }
}
