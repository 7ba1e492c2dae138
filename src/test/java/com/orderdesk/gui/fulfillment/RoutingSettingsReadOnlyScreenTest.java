package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The routing settings as a clerk sees them, read-only (tour of 7 December): no word of keys that edit, since nothing
 * can be; and each service's transit days in words ("zones 1-8: 1, 2, ... days"), not the administrator's
 * "1:1,2:2,..." pairs.
 */
@ExtendWith(ApplicationExtension.class)
class RoutingSettingsReadOnlyScreenTest extends ScreenTestOnOneBook {
    private Parent root;

    @Start
    void start(Stage stage) {
        RoutingSettingsController controller = RoutingSettingsWindow.controller(book, screen, screen.tasks);
        controller.setReadOnly(true);
        root = screen.show(stage, controller, 1200, 700).getRoot();
        controller.refresh();
    }

    @Test
    void nothingSaysHowToEditAndTransitDaysReadInWords(FxRobot robot) throws Exception {
        TableView<?> services = robot.lookup("#serviceTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> !services.getItems().isEmpty() && robot.lookup("#scroller").query().isVisible());

        assertThat(robot.from(root).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText))
                .as("visible labels").noneMatch(t -> t != null && t.contains("F2"));
        var transit = robot.from(services).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "Transit days".equals(c.getTableColumn().getText()) && !c.isEmpty())
                .map(TableCell::getText).toList();
        assertThat(transit).isNotEmpty().allMatch(t -> t.contains("day") && !t.contains(":1,"));
    }
}
