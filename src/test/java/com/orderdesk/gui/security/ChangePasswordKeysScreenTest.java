package com.orderdesk.gui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The change-password form's label letters, in its two uses: from File &gt; Change my password
 * (Alt+U the current password, Alt+N the new one, Alt+R the repeat) and forced at sign-in (no
 * current password asked). Each only moves the cursor (each tried the change before and put up its
 * refusal), no two controls share a letter, and Enter still changes the password.
 */
@ExtendWith(ApplicationExtension.class)
class ChangePasswordKeysScreenTest {
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private final List<String> changes = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        this.stage = stage;
    }

    private Scene show(FxRobot robot, char[] knownCurrent) {
        var model = new ChangePasswordViewModel((current, next) -> changes.add(new String(next)), "Olivia Clerk", knownCurrent);
        var form = new ChangePasswordController(model, screen.tasks, () -> { }, () -> { });
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = screen.show(stage, form, ChangePasswordController.WINDOW_WIDTH, ChangePasswordController.WINDOW_HEIGHT);
            form.focus();
        });
        return scene[0];
    }

    private String message(FxRobot robot) {
        return robot.lookup("#changePasswordMessage").queryAs(Label.class).getText();
    }

    @Test
    void fromTheMenuEachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        Scene scene = show(robot, null);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.U, "currentPasswordField");
        fields.put(KeyCode.N, "newPasswordField");
        fields.put(KeyCode.R, "repeatPasswordField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#cancelPasswordButton").query(), fields);
        assertThat(message(robot)).as("no change tried by the label letters").isEmpty();

        robot.clickOn("#newPasswordField").type(KeyCode.ENTER);
        screen.await(10, () -> !message(robot).isEmpty());
        assertThat(message(robot)).contains("Current password: type the password you signed in with.");
        // the refusal fits the window File > Change my password opens: every sentence whole (the
        // explanation, the rule and the refusal shrank to one line ending in "..." once it showed)
        assertThat(shortened(scene)).as("sentences drawn shortened").isEmpty();
    }

    /** Wrapped labels drawn shorter than their text (JavaFX ends them in "..." when the window is too low). */
    private static List<String> shortened(Scene scene) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.getRoot().lookupAll(".label").stream().map(n -> (Label) n)
                    .filter(l -> l.isVisible() && l.getText() != null && !l.getText().isEmpty())
                    .filter(l -> l.lookupAll(".text").stream().filter(t -> t instanceof javafx.scene.text.Text)
                            .map(t -> ((javafx.scene.text.Text) t).getText()).anyMatch(shown -> shown.endsWith("...")
                                    && !l.getText().endsWith("...")))
                    .map(Label::getText).toList();
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void forcedAtSignInEachLabelsLetterPutsTheCursorInItsFieldAndEnterChanges(FxRobot robot) throws Exception {
        Scene scene = show(robot, "set-by-admin".toCharArray());
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.N, "newPasswordField");
        fields.put(KeyCode.R, "repeatPasswordField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#cancelPasswordButton").query(), fields);
        assertThat(message(robot)).as("no change tried by the label letters").isEmpty();

        robot.clickOn("#newPasswordField").write("copper kettle harbour");
        robot.clickOn("#repeatPasswordField").write("copper kettle harbour").type(KeyCode.ENTER);
        screen.await(10, () -> changes.size() == 1);
        Thread.sleep(300);
        assertThat(changes).as("one change per Enter").containsExactly("copper kettle harbour");
    }

    /** Cancel stands before the main button, as in every other dialog of the desk (ButtonBar's order here). */
    @Test
    void cancelComesBeforeChangeAsInTheOtherDialogs(FxRobot robot) {
        Scene scene = show(robot, null);
        javafx.scene.Node cancel = scene.lookup("#cancelPasswordButton");
        javafx.scene.Node change = scene.lookup("#changePasswordButton");
        assertThat(cancel.localToScene(0, 0).getX()).as("Cancel's left edge").isLessThan(change.localToScene(0, 0).getX());
        List<javafx.scene.Node> row = cancel.getParent().getChildrenUnmodifiable();
        assertThat(row.indexOf(cancel)).as("Cancel first in the Tab order").isLessThan(row.indexOf(change));
    }
}
