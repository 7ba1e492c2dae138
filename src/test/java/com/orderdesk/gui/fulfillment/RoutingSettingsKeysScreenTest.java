package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An administrator reaches the backorder penalty by its label's letter (Alt+B). The label names a
 * field declared after it, which FXML leaves unlinked: Mnemonics.linkLabels links it.
 */
@ExtendWith(ApplicationExtension.class)
class RoutingSettingsKeysScreenTest extends ScreenTestOnOneBook {
    private Scene scene;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        scene = RoutingSettingsWindow.show(book, screen, stage, 1258, 700);
    }

    @Test
    void altBPutsTheCursorInThePenalty(FxRobot robot) throws Exception {
        TableView<?> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> nodes.getItems().size() == 2); // the settings have arrived
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, nodes, new LinkedHashMap<>(Map.of(KeyCode.B, "penaltyField")));
    }

    /** tour8: Ctrl+S did nothing in this window (Alt+S only saved), and nothing said so. */
    @Test
    void ctrlSSavesTheSettings(FxRobot robot) throws Exception {
        TableView<?> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> nodes.getItems().size() == 2);
        screen.dialogs.reasonAnswer = "Backorders cost us more";
        robot.clickOn("#penaltyField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("31.50");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        ScreenFixture.waitUntil(30, () -> screen.status.getLastMessage() != null
                && screen.status.getLastMessage().startsWith("Routing settings saved"));
        javafx.scene.control.Label said = robot.lookup("#problemsLabel").queryAs(javafx.scene.control.Label.class);
        ScreenFixture.waitUntil(30, () -> said.getText().startsWith("Saved at"));
        org.assertj.core.api.Assertions.assertThat(book.services().routingSettings().load(book.admin()).backorderPenalty())
                .isEqualByComparingTo("31.50");
    }
}
