package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The application as it is before any screen is registered: no areas, no users. */
@ExtendWith(ApplicationExtension.class)
class EmptyShellTest {
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = Shell.builder().build();
        shell.show(stage);
    }

    @Test
    void saysNoAreasExistAndOffersNoNavigation(FxRobot robot) {
        assertThat(shell.selectedAreaProperty().get()).isNull();
        assertThat(robot.lookup(".nav-button").queryAll()).isEmpty();
        assertThat(robot.lookup("#navRail").query().isVisible()).isFalse();
        Label placeholder = robot.lookup("#emptyPlaceholder").queryAs(Label.class);
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getText()).isEqualTo("No work areas are available yet.");
        assertThat(robot.lookup("#userLabel").queryAs(Label.class).getText()).isEqualTo("Not signed in");
        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText()).isEqualTo("No database open");
    }

    @Test
    void theSignInMenuIsDisabledWithoutUsers(FxRobot robot) {
        Menu file = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
        Menu signIn = (Menu) file.getItems().get(0);
        assertThat(signIn.isDisable()).isTrue();
    }
}
