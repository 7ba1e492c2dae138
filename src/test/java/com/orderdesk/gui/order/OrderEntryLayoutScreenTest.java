package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.security.Role;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Order entry in the room a 1024 x 768 window leaves beside the rail (916 x 700). Tour of 6 December:
 * the form was wider than the window, its Save button and the totals off the right edge. Widened to
 * 1366 x 768 (1258 x 700) it reads as before.
 */
class OrderEntryLayoutScreenTest extends ScreenTestOnOneBook {
    private OrderEntryController controller;
    private Scene scene;

    @Start
    void start(Stage stage) {
        var clerk = book.user("clerk1", Role.ORDER_CLERK);
        controller = OrderEntryScreens.controller(book, clerk, screen);
        Truncation.applicationLook();
        scene = screen.show(stage, controller, 916, 700);
        controller.focusFirstField();
    }

    @Test
    void saveTheTotalsAndEveryFieldLieInsideTheWindowAt1024AndAt1366(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("acme").type(KeyCode.ENTER);
        screen.await(20, () -> controller.viewModel().customerProperty().get() != null);
        Parent root = scene.getRoot();

        assertThat(Room.outside(root)).as("outside the window at 1024 px").isEmpty();
        // at 1024 the ship-to's address may be shortened in its box (the room beside the customer's panel);
        // whole at 1366
        Parent shipTo = robot.lookup("#shipToBox").queryAs(Parent.class);
        assertThat(cut(root)).as("cut at 1024 px").isSubsetOf(cut(shipTo));
        assertThat(rightEdge(robot, "#saveButton")).as("Save at 1024 px").isLessThanOrEqualTo(916);
        assertThat(rightEdge(robot, "#totalLabel")).as("the total at 1024 px").isLessThanOrEqualTo(916);
        javafx.scene.control.TableView<?> lines = robot.lookup("#linesTable").queryAs(javafx.scene.control.TableView.class);
        assertThat(Truncation.columnsOutOfView(lines)).as("lines' columns past the table's edge at 1024 px").isEmpty();
        // newuser16: the description was squeezed to 100 px there (a long one five text lines high); the narrow
        // mode the inbox's review pane has hides # and Unit and fits the figures, so the description keeps room
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleTitles(lines)).as("the lines' columns at 1024 px").doesNotContain("#", "Unit");
        assertThat(column(lines, "Description").getWidth()).as("the description at 1024 px").isGreaterThanOrEqualTo(200);

        // a window widened from 1024 to a width where the columns' wide widths need the description to give: the
        // given-back widths must still fit the table (widened to 1366 in a real window, Available was cut at its edge)
        robot.interact(() -> scene.getWindow().setWidth(1150));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleTitles(lines)).as("the lines' columns at 1150 px").contains("#", "Unit");
        double wide = lines.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(wide).as("the lines' columns at 1150 px after 1024").isLessThanOrEqualTo(lines.getWidth());

        robot.interact(() -> scene.getWindow().setWidth(1258));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleTitles(lines)).as("the lines' columns at 1366 px")
                .containsExactly("#", "SKU", "Description", "Unit", "Qty", "Unit price", "Disc %", "Extended", "Available");
        double columns = lines.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(columns).as("the lines' columns at 1366 px after 1024").isLessThanOrEqualTo(lines.getWidth());
        assertThat(Truncation.columnsOutOfView(lines)).as("lines' columns past the table's edge at 1366 px").isEmpty();
        assertThat(Room.outside(root)).as("outside the window at 1366 px").isEmpty();
        assertThat(cut(root)).as("cut at 1366 px").isEmpty();
    }

    private static List<String> visibleTitles(javafx.scene.control.TableView<?> table) {
        return table.getVisibleLeafColumns().stream().map(javafx.scene.control.TableColumn::getText).toList();
    }

    private static javafx.scene.control.TableColumn<?, ?> column(javafx.scene.control.TableView<?> table, String title) {
        return table.getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    private static List<String> cut(Parent root) {
        return Room.cut(root);
    }

    private static double rightEdge(FxRobot robot, String id) throws Exception {
        Node n = robot.lookup(id).query();
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds b = n.localToScene(n.getLayoutBounds());
            return b.getMaxX();
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}
