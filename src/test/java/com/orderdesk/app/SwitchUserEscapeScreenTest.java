package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defect (keyboard tour of 6 December 2026): File &gt; Sign in as opens a window for the other
 * user's password, and Esc did nothing there; the only way out was the mouse on the window's close
 * box. Esc now leaves it, and the user signed in before stays signed in.
 */
@ExtendWith(ApplicationExtension.class)
class SwitchUserEscapeScreenTest {
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.themed();

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        desk.window(stage, 1258, 700);
    }

    private static boolean switchWindowShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Sign in as "));
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem inner = item(m.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    @Test
    void escapeLeavesTheSignInAsWindowAndTheUserStaysSignedIn(FxRobot robot) throws Exception {
        TestBook book = desk.newBook("switch-user-test");
        var clerk = book.clerk();
        book.manager(); // the other user offered under File > Sign in as
        DeskSession session = desk.openDesk(robot, clerk);

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(all::add);
        MenuItem carmen = item(all, "signin-carmen");
        assertThat(carmen).as("File > Sign in as offers carmen").isNotNull();
        // fired later, not inside interact: the window waits for its answer (showAndWait)
        Platform.runLater(carmen::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, SwitchUserEscapeScreenTest::switchWindowShowing);
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !switchWindowShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.user().userName()).as("still signed in").isEqualTo(clerk.userName());
        assertThat(session.shell().signedInUserProperty().get().login()).isEqualTo(clerk.userName());
    }
}
