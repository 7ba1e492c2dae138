package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.alt;
import static com.orderdesk.gui.common.KeyPresses.ctrl;

import com.orderdesk.gui.common.Theme;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
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
 * A letter a screen underlines keeps working after another screen with the same letter in the other
 * case was shown: JavaFX leaves the hidden screen's mnemonic behind as an empty entry (Alt+'D' for
 * "_Dispute"), and an empty entry found first hid "Un_do"'s Alt+'d', so Alt+D did nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ShellMnemonicsTest {
    private static final ShellUser DANA = new ShellUser("dana", "Dana Ortiz", "Clerk");
    private final Preferences prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
    private final AtomicInteger disputes = new AtomicInteger();
    private final AtomicInteger undos = new AtomicInteger();

    @Start
    void start(Stage stage) {
        WorkArea invoices = WorkArea.builder("invoices", "Invoices", Material2AL.DESCRIPTION)
                .view(() -> new VBox(button("_Dispute", disputes)))
                .build();
        WorkArea claims = WorkArea.builder("claims", "Claims", Material2AL.GAVEL)
                .view(() -> {
                    Button other = new Button("Other");
                    other.setId("other");
                    return new VBox(button("Un_do", undos), other);
                })
                .build();
        Shell.builder().area(invoices).area(claims).status(new StatusBarModel()).users(List.of(DANA), user -> { })
                .signedIn(DANA).theme(new Theme(prefs)).build().show(stage);
    }

    private static Button button(String text, AtomicInteger pressed) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> pressed.incrementAndGet());
        return button;
    }

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void altDUndoesOnTheClaimsScreenAfterTheInvoicesWithTheirDisputeWereShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(robot, KeyCode.DIGIT2);
        robot.clickOn("#other");
        alt(robot, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(undos).as("Un_do pressed with Alt+D").hasValue(1);
        assertThat(disputes).as("the hidden screen's button").hasValue(0);

        // and back: the invoices' letter works again
        ctrl(robot, KeyCode.DIGIT1);
        alt(robot, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(disputes).hasValue(1);
        assertThat(undos).hasValue(1);
    }
}
