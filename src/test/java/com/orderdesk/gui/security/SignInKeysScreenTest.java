package com.orderdesk.gui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.security.SignInOutcome;
import com.orderdesk.logic.security.SignInResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sign-in window's label letters: Alt+U the user name, Alt+P the password, each only moving the
 * cursor (it tried a sign-in, an audited failure, before), no two controls sharing a letter with the
 * demo users listed under the form; Enter in either field still signs in, once.
 */
@ExtendWith(ApplicationExtension.class)
class SignInKeysScreenTest {
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        SignInController form = new SignInController((name, password) -> {
            attempts.add(name);
            return new SignInResult(SignInOutcome.INVALID_CREDENTIALS, name, null, "Wrong user name or password.",
                    Duration.ZERO, null);
        }, screen.tasks, null, List.of("Demo users (password \"demo\"): olivia (order clerk), carmen (credit manager),"
                + " arthur (AR clerk), admin (administrator)"), user -> { });
        scene = screen.show(stage, form, 900, 600);
        form.focus();
    }

    @Test
    void eachLabelsLetterPutsTheCursorInItsFieldAndEnterSignsIn(FxRobot robot) throws Exception {
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.U, "userField");
        fields.put(KeyCode.P, "passwordField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#signInButton").query(), fields);
        assertThat(attempts).as("sign-ins tried by the label letters").isEmpty();

        robot.clickOn("#userField").write("olivia").type(KeyCode.ENTER);
        screen.await(10, () -> attempts.size() == 1);
        robot.clickOn("#passwordField").write("wrong").type(KeyCode.ENTER);
        screen.await(10, () -> attempts.size() == 2);
        Thread.sleep(300);
        assertThat(attempts).as("one sign-in per Enter").containsExactly("olivia", "olivia");
    }
}
