package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The routing settings with the demo book's 13 nodes in their window at 1366 x 768 (1280 x 668).
 * Tour of 5 December: the node table showed some 4 of them (each table had a fixed share of the
 * window), and the rate card's "Per kg above" took all the room the other columns left. Now every
 * table is as tall as its rows and the window scrolls, following the focus down to a table; the
 * prices share the room.
 */
@ExtendWith(ApplicationExtension.class)
class RoutingSettingsRowsScreenTest extends ScreenTestOnOneBook {
    private Parent root;

    @BeforeAll
    static void book() throws Exception {
        RoutingSettingsWindow.addDemoSizedNetwork(book);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        root = RoutingSettingsWindow.show(book, screen, stage, 1280, 668).getRoot();
    }

    @Test
    void everyTableShowsAllItsRowsAndTheWindowScrollsToTheFocusedOne(FxRobot robot) throws Exception {
        TableView<?> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        TableView<?> services = robot.lookup("#serviceTable").queryAs(TableView.class);
        TableView<?> rates = robot.lookup("#rateTable").queryAs(TableView.class);
        ScrollPane scroller = robot.lookup("#scroller").queryAs(ScrollPane.class);
        ScreenFixture.waitUntil(30, () -> nodes.getItems().size() == 13 && !rates.getItems().isEmpty()
                && robot.lookup("#scroller").query().isVisible()); // all rows in: the rate card fills a slice per pulse
        // the fit runs after a layout pass shows the rows (on the old layout the bars stay: the checks below say so)
        try {
            ScreenFixture.waitUntil(10, () -> !barShown(nodes) && !barShown(services) && !barShown(rates));
        } catch (java.util.concurrent.TimeoutException e) {
            WaitForAsyncUtils.waitForFxEvents();
        }

        for (TableView<?> t : List.of(nodes, services, rates)) {
            assertThat(barShown(t)).as(t.getId() + " scrolls up and down inside the window (rows hidden)").isFalse();
            assertThat(Truncation.columnsOutOfView(t)).as(t.getId()).isEmpty();
        }
        // a supplier's kind read "SUPP..." once its rows showed
        assertThat(Truncation.cutCells(root)).isEmpty();
        assertThat(Truncation.cutHeaders(root)).isEmpty();

        // the prices (the weight breaks and per kg above) as wide as each other
        List<Double> prices = rates.getColumns().stream().skip(2).map(TableColumn::getWidth).toList();
        double narrowest = prices.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double widest = prices.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(widest - narrowest).as("price column widths " + prices).isLessThanOrEqualTo(35);
        assertThat(Truncation.unusedWidth(rates)).as("rate card unused width").isLessThanOrEqualTo(30);

        // Tab, or a click, into the rate card below the fold brings it into view; back to the nodes, up again
        robot.interact(rates::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(scroller, rates)).as("rate card in view when it has the focus").isTrue();
        robot.interact(nodes::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(scroller, nodes)).as("node table's top in view when it has the focus").isTrue();
    }

    private static boolean barShown(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.VERTICAL && b.isVisible());
    }

    /** The table's top, and its bottom where the viewport is tall enough, inside the scroll pane's viewport. */
    private static boolean inView(ScrollPane scroller, TableView<?> table) {
        Bounds view = scroller.localToScene(scroller.getLayoutBounds());
        Bounds t = table.localToScene(table.getLayoutBounds());
        boolean fits = t.getHeight() <= view.getHeight();
        return t.getMinY() >= view.getMinY() - 1 && (!fits || t.getMaxY() <= view.getMaxY() + 1);
    }
}
