package com.orderdesk.gui.shell;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Theme;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
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
 * A label's Alt+letter ("N_otes" to its field) still works after the clerk has gone to another work
 * area and back, twice. JavaFX takes a label's mnemonic out of the scene when its screen leaves the
 * window but, when the screen comes back, registers it only if the field it names is already back:
 * the label comes first, so its key was lost. In the tour of 6 December every label key of order
 * entry (Alt+C, Alt+T, Alt+U, Alt+O, Alt+R, Alt+Q ...) did nothing after a visit to the inbox; the
 * date typed after Alt+U went into the PO field. The buttons' keys kept working.
 */
@ExtendWith(ApplicationExtension.class)
class ShellLabelMnemonicsTest {
    private static final ShellUser DANA = new ShellUser("dana", "Dana Ortiz", "Clerk");
    private final Preferences prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
    private TextField notes;
    private TextField po;

    @Start
    void start(Stage stage) {
        notes = new TextField();
        po = new TextField();
        notes.setId("notes");
        po.setId("po");
        WorkArea entry = WorkArea.builder("entry", "Order entry", Material2AL.ADD_SHOPPING_CART)
                .view(() -> {
                    Label poLabel = new Label("Customer _PO");
                    poLabel.setMnemonicParsing(true);
                    Label notesLabel = new Label("N_otes");
                    notesLabel.setMnemonicParsing(true);
                    VBox form = new VBox(poLabel, po, notesLabel, notes);
                    Mnemonics.linkLabels(form);
                    return form;
                })
                .build();
        WorkArea inbox = WorkArea.builder("inbox", "Order inbox", Material2AL.INBOX)
                .view(() -> new VBox(new TextField()))
                .build();
        Shell.builder().area(entry).area(inbox).status(new StatusBarModel()).users(List.of(DANA), user -> { })
                .signedIn(DANA).theme(new Theme(prefs)).build().show(stage);
    }

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aLabelsLetterReachesItsFieldAfterTheScreenWasLeftAndShownAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        alt(robot, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.isFocused()).as("Alt+O on the first showing").isTrue();

        for (int round = 1; round <= 2; round++) {
            ctrl(robot, KeyCode.DIGIT2);
            ctrl(robot, KeyCode.DIGIT1);
            WaitForAsyncUtils.waitForFxEvents();
            alt(robot, KeyCode.P);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(po.isFocused()).as("Alt+P after going away and back, round " + round).isTrue();
            alt(robot, KeyCode.O);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(notes.isFocused()).as("Alt+O after going away and back, round " + round).isTrue();
        }
    }
}
