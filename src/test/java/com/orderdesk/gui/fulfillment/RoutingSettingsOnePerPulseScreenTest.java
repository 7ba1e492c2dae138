package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The routing settings' three tables filled in one go held the FX thread for their three first layouts
 * in one pulse (some 0.4-0.8 s on the shared 2-core machine, RoutingSettingsLoadingScreenTest's figures).
 * They are now filled one per pulse, and the tables show once the last is filled: recorded after each
 * pulse's layout, the nodes come alone, then the services, then the rate card.
 */
class RoutingSettingsOnePerPulseScreenTest extends ScreenTestOnOneBook {
    private final List<String> pulses = new CopyOnWriteArrayList<>();
    private RoutingSettingsController controller;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        controller = RoutingSettingsWindow.controller(book, screen, screen.tasks);
        scene = screen.show(stage, controller, 1280, 668);
    }

    @Test
    void theTablesAreFilledOnePerPulse(FxRobot robot) throws Exception {
        TableView<?> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        TableView<?> rates = robot.lookup("#rateTable").queryAs(TableView.class);
        TableView<?> services = robot.lookup("#serviceTable").queryAs(TableView.class);
        var scroller = robot.lookup("#scroller").query();
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(() -> {
                String now = "nodes " + !nodes.getItems().isEmpty() + ", rates " + !rates.getItems().isEmpty()
                        + ", services " + !services.getItems().isEmpty() + ", shown " + scroller.isVisible();
                if (pulses.isEmpty() || !pulses.get(pulses.size() - 1).equals(now)) {
                    pulses.add(now);
                }
            });
            controller.refresh();
        });
        ScreenFixture.waitUntil(30, () -> scroller.isVisible() && !services.getItems().isEmpty());
        robot.interact(() -> { });

        assertThat(pulses).as("the tables after each pulse").containsSubsequence(
                "nodes true, rates false, services false, shown false",
                "nodes true, rates false, services true, shown false",
                "nodes true, rates true, services true, shown false",
                "nodes true, rates true, services true, shown true");
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
