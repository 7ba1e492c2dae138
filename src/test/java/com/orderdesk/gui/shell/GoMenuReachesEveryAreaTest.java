package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.material2.Material2AL;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * tour8: arthur has 11 work areas and the administrator 13; Ctrl+1..9 reach the first nine and the
 * rail's buttons take no focus, so Collections and Dunning (Users, Company, Audit trail, Customers)
 * could be opened with the mouse only. The Go menu lists every area, and the keys open it.
 */
@ExtendWith(ApplicationExtension.class)
class GoMenuReachesEveryAreaTest {
    private static final ShellUser ARTHUR = new ShellUser("arthur", "Arthur Kim", "AR clerk");
    private static final int AREAS = 11;
    private final Preferences prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
    private Shell shell;

    @Start
    void start(Stage stage) {
        Shell.Builder builder = Shell.builder();
        for (int i = 1; i <= AREAS; i++) {
            String id = "area" + i;
            builder.area(WorkArea.builder(id, "Area " + i, Material2AL.LIST_ALT)
                    .view(() -> {
                        TextField field = new TextField();
                        field.setId(id + "Field");
                        return new VBox(new Label(id), field);
                    })
                    .build());
        }
        shell = builder.status(new StatusBarModel()).users(List.of(ARTHUR), user -> { })
                .signedIn(ARTHUR).theme(new Theme(prefs)).build();
        shell.show(stage);
    }

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theGoMenuListsEveryAreaAndTheFirstNineKeepTheirCtrlDigit(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (MenuItem item : bar.getMenus().get(1).getItems()) {
            ids.add(item.getId());
            keys.add(item.getAccelerator() == null ? "" : item.getAccelerator().getName());
        }
        assertThat(ids).hasSize(AREAS).contains("go-area10", "go-area11");
        assertThat(keys.subList(0, 9)).doesNotContain("");
        assertThat(keys.subList(9, AREAS)).containsOnly("");
    }

    @Test
    void theTenthAreaOpensFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#area1Field");
        robot.type(KeyCode.F10).type(KeyCode.RIGHT).type(KeyCode.DOWN); // the Go menu, open
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().get(1).isShowing()).as("Go after F10, Right, Down").isTrue();
        // the menu opens on its first item: the tenth is nine Downs below it
        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.selectedAreaProperty().get().id()).isEqualTo("area10");
    }
}
