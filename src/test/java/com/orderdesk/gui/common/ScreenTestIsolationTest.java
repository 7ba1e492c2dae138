package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a screen test class leaves in TestFX's one window (the application's look, a width it set)
 * is gone for the next class: the next scene sizes the window and JavaFX's default look is back.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTestIsolationTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 500, 300));
        stage.show();
    }

    @Test
    void theNextClassFindsTheDefaultLookAndAWindowSizedToItsScene(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Truncation.applicationLook();
            stage.setWidth(1258); // as the screen tests at 1366 px do
        });

        new ScreenTestIsolation().afterAll(null);

        robot.interact(() -> {
            stage.setScene(new Scene(new Pane(), 640, 300)); // the next class's start
            stage.show();
        });
        assertThat(Application.getUserAgentStylesheet()).isNull();
        assertThat(stage.getScene().getWidth()).isEqualTo(640.0);
        assertThat(stage.getWidth()).isLessThan(1000.0);
    }
}
