package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Theme;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
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
 * F10 and then Down or Enter open the first menu (Right first: the next one), as Alt and a menu's
 * letter do (tour5: F10 only marked "File", Enter then did nothing); Esc closes it, and the screen
 * keeps its keys.
 */
@ExtendWith(ApplicationExtension.class)
class ShellMenuKeyTest {
    private static final ShellUser DANA = new ShellUser("dana", "Dana Ortiz", "Clerk");
    private final Preferences prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
    private TextField search;
    private int holds;

    @Start
    void start(Stage stage) {
        WorkArea orders = WorkArea.builder("orders", "Orders", Material2AL.DESCRIPTION)
                .view(() -> {
                    search = new TextField();
                    search.setId("search");
                    Button hold = new Button("_Hold");
                    hold.setOnAction(e -> {
                        holds++;
                        search.requestFocus(); // as the credit desk does after a hold: back to the search
                    });
                    return new VBox(search, hold);
                })
                .build();
        Shell.builder().area(orders).status(new StatusBarModel()).users(List.of(DANA), user -> { })
                .signedIn(DANA).theme(new Theme(prefs)).build().show(stage);
    }

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    private static Menu menu(FxRobot robot, int index) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(index);
    }

    private static boolean showing(FxRobot robot, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        return menu(robot, index).isShowing();
    }

    @Test
    void f10ThenDownOrEnterOpensTheFirstMenu(FxRobot robot) {
        robot.clickOn("#search");
        robot.type(KeyCode.F10).type(KeyCode.DOWN);
        assertThat(showing(robot, 0)).as("File after F10, Down").isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(showing(robot, 0)).as("File after Esc").isFalse();

        robot.clickOn("#search");
        robot.type(KeyCode.F10).type(KeyCode.ENTER);
        assertThat(showing(robot, 0)).as("File after F10, Enter").isTrue();
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        assertThat(showing(robot, 0)).as("File after Esc").isFalse();

        robot.clickOn("#search");
        robot.type(KeyCode.F10).type(KeyCode.RIGHT).type(KeyCode.ENTER);
        assertThat(showing(robot, 1)).as(menu(robot, 1).getText() + " after F10, Right, Enter").isTrue();
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);

        robot.clickOn("#search").write("SO-1");
        assertThat(search.getText()).as("the screen's field still takes its keys").isEqualTo("SO-1");
    }

    @Test
    void anEnterAfterAnF10TheFocusedFieldKeptStaysAnEnter(FxRobot robot) {
        int[] enters = {0};
        robot.interact(() -> {
            // a field with its own use for F10 (a look-up, say) takes it: the menu bar is never marked
            search.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.F10) {
                    e.consume();
                }
            });
            search.setOnAction(e -> enters[0]++);
        });
        robot.clickOn("#search");
        robot.type(KeyCode.F10).type(KeyCode.ENTER);
        assertThat(showing(robot, 0)).as("File after a kept F10 and Enter").isFalse();
        assertThat(enters[0]).as("the field's Enter (its action) after the F10 it kept").isEqualTo(1);
    }

    /**
     * tour7: Alt+M pressed "Put on manual hold", and the Alt release then marked File (the scene had
     * taken the M before the menu bar saw it), so the next Down opened File instead of moving on.
     */
    @Test
    void altAndALetterLeaveTheMenuBarAloneButAltAloneStillMarksIt(FxRobot robot) {
        robot.clickOn("#search");
        // in the order X delivers xdotool's alt+h (and a hand rolling off the keys): Alt is let go first
        robot.press(KeyCode.ALT).press(KeyCode.H).release(KeyCode.ALT).release(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(holds).as("Alt+H pressed the button").isEqualTo(1);
        robot.type(KeyCode.DOWN);
        assertThat(showing(robot, 0)).as("File after Alt+H, Down").isFalse();

        robot.clickOn("#search");
        robot.press(KeyCode.ALT).release(KeyCode.ALT).type(KeyCode.DOWN);
        assertThat(showing(robot, 0)).as("File after Alt alone, Down").isTrue();
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
    }
    /**
     * Alt+F opens File with its first item marked, as a Windows application does: Right then opens
     * "Sign in as" (File's first item, a submenu) and Enter takes the marked item. JavaFX marked nothing,
     * so Right went on to the Go menu and Enter did nothing until a Down. A click opens it unmarked.
     */
    @Test
    void altAndAMenusLetterOpenItWithItsFirstItemMarked(FxRobot robot) {
        Menu file = menu(robot, 0);
        Menu signIn = (Menu) file.getItems().get(0);
        robot.clickOn("#search");
        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        assertThat(showing(robot, 0)).as("File after Alt+F").isTrue();
        assertThat(marked(signIn)).as("'Sign in as' marked after Alt+F").isTrue();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(signIn.isShowing()).as("'Sign in as' open after Alt+F, Right").isTrue();
        assertThat(showing(robot, 1)).as("Go after Alt+F, Right").isFalse();
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // F10 and Down mark the first item already: the mark stays there (not moved on to the second)
        robot.clickOn("#search");
        robot.type(KeyCode.F10).type(KeyCode.DOWN);
        assertThat(showing(robot, 0)).as("File after F10, Down").isTrue();
        assertThat(marked(signIn)).as("'Sign in as' marked after F10, Down").isTrue();
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.lookup(".menu-bar .menu").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(showing(robot, 0)).as("File after a click").isTrue();
        assertThat(marked(signIn)).as("'Sign in as' marked after a click").isFalse();
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
    }

    /** True when the item's row in its open menu has the keyboard's mark (the focus of the menu's popup). */
    private static boolean marked(javafx.scene.control.MenuItem item) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node row = item.getStyleableNode();
        return row != null && row.isFocused();
    }
}
