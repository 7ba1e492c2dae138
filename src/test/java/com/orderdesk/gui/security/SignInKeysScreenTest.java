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
    private final List<String> passwords = new CopyOnWriteArrayList<>();
    /** Holds the check back (a slow bcrypt, a busy machine) while a test types during "Checking ...". */
    private final java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean slow;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        SignInController form = new SignInController((name, password) -> {
            attempts.add(name);
            passwords.add(new String(password));
            awaitTheAnswer();
            return new SignInResult(SignInOutcome.INVALID_CREDENTIALS, name, null, "Wrong user name or password.",
                    Duration.ZERO, null);
        }, screen.tasks, null, List.of("Demo users (password \"demo\"): olivia (order clerk), carmen (credit manager),"
                + " arthur (AR clerk), admin (administrator)"), user -> { });
        scene = screen.show(stage, form, 900, 600);
        form.focus();
    }

    private void awaitTheAnswer() {
        try {
            if (slow && !answer.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the check answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** tour5: while "Checking ..." showed, keys still went into both fields and a second Enter was taken. */
    @Test
    void whileTheAnswerIsAwaitedTheFieldsTakeNoKeysAndTheUserNameStays(FxRobot robot) throws Exception {
        slow = true;
        robot.clickOn("#userField").write("olivia").type(KeyCode.TAB).write("wrong").type(KeyCode.ENTER);
        screen.await(10, () -> attempts.size() == 1);
        robot.write("xyz").type(KeyCode.ENTER);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT).write("bob").type(KeyCode.ENTER);
        var user = robot.lookup("#userField").queryAs(javafx.scene.control.TextField.class);
        var password = robot.lookup("#passwordField").queryAs(javafx.scene.control.TextField.class);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#signInMessage").queryAs(javafx.scene.control.Label.class).getText()).startsWith("Checking");
        assertThat(password.getText()).as("the password while it is checked").isEqualTo("wrong");
        assertThat(user.getText()).as("the user name while it is checked").isEqualTo("olivia");

        answer.countDown();
        screen.await(10, () -> robot.lookup("#signInMessage").queryAs(javafx.scene.control.Label.class).getText()
                .contains("Wrong user name"));
        assertThat(user.getText()).as("the user name kept after the refusal").isEqualTo("olivia");
        assertThat(screen.settledFocus()).as("the cursor after the refusal").isSameAs(password);
        assertThat(password.getText()).as("the password is typed anew").isEmpty();
        robot.write("demo").type(KeyCode.ENTER);
        screen.await(10, () -> attempts.size() == 2);
        assertThat(attempts).as("one check per Enter taken, none while waiting").containsExactly("olivia", "olivia");
        assertThat(passwords).containsExactly("wrong", "demo");
    }
}
