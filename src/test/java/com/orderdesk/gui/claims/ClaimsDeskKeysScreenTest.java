package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An AR user resolves cases with the desk's resolution keys (F1): Alt+V valid, Alt+P partly,
 * Alt+F write off, Alt+D undo (asks once). A key whose action refuses (no note) leaves the
 * cursor in the note to type it, not on the button the mnemonic focused.
 */
@ExtendWith(ApplicationExtension.class)
class ClaimsDeskKeysScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private ClaimsDeskController controller;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        f = ClaimsDeskScreen.twoDeductions(book);
        // the AR clerk may write off up to 100.00
        f.book.services().writeOffLimits().set(f.book.admin(), f.ar().userName(), Money.of("100.00"), "keys test");
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.showAsTheAppLooks(stage, screen, ClaimsDeskScreen.desk(f, screen), 1258);
        scene = stage.getScene();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition, () -> "result '" + result() + "', rows " + controller.rows());
    }

    private String result() {
        return new FxRobot().lookup("#claimResult").queryAs(Label.class).getText();
    }

    /** Selects the case of {@code invoice} from the keyboard: Ctrl+F, its number, Down. */
    private void pick(FxRobot robot, String invoice, String claim) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(invoice);
        waitUntil(() -> controller.rows().size() == 1);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> robot.lookup("#evidenceTitle").tryQuery().map(n -> ((Label) n).getText()).orElse("").startsWith(claim));
    }

    /** The eight labels' letters (linked by Mnemonics.linkLabels: the FXML's labelFor names fields declared after them). */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        waitUntil(() -> controller.rows().size() == 2 && !screen.lastMessage().isEmpty());
        var fields = new java.util.LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.S, "claimSearch");
        fields.put(KeyCode.T, "statusBox");
        fields.put(KeyCode.R, "reasonBox");
        fields.put(KeyCode.O, "ownerBox");
        fields.put(KeyCode.G, "minAgeField");
        fields.put(KeyCode.U, "minAmountField");
        fields.put(KeyCode.N, "noteField");
        fields.put(KeyCode.M, "validField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#claimQueue").query(), fields);
    }

    @Test
    void theResolutionKeysResolveValidPartlyWriteOffAndUndo(FxRobot robot) throws Exception {
        TextField note = robot.lookup("#noteField").queryAs(TextField.class);
        waitUntil(() -> controller.rows().size() == 2);

        // Alt+V without a note: the result says a note is needed, the cursor is in the note
        pick(robot, "INV-010001", "CASE-100001");
        alt(robot, KeyCode.V);
        waitUntil(() -> result().startsWith("Say why the case is resolved"));
        assertThat(screen.settledFocus()).as("focus after Alt+V without a note").isSameAs(note);
        robot.write("Carrier confirmed the damage");
        alt(robot, KeyCode.V);
        waitUntil(() -> result().startsWith("Case CASE-100001 resolved valid"));
        assertThat(f.claim("CASE-100001").status()).isEqualTo(ClaimStatus.RESOLVED_VALID);

        // Alt+W, Space shows the resolved cases too; Alt+D without a note says why before asking, with one asks once and undoes
        alt(robot, KeyCode.W); // the mnemonic focuses the box; Space ticks it off
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !robot.lookup("#stillToWork").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        pick(robot, "INV-010001", "CASE-100001");
        alt(robot, KeyCode.D);
        waitUntil(() -> result().startsWith("Say why the resolution is reversed"));
        assertThat(screen.dialogs.confirms).as("nothing to ask without a reason").isEmpty();
        assertThat(screen.settledFocus()).as("focus after Alt+D without a note").isSameAs(note);
        robot.write("Credit given to the wrong case");
        alt(robot, KeyCode.D);
        waitUntil(() -> result().startsWith("Case CASE-100001 reversed"));
        assertThat(screen.dialogs.confirms).hasSize(1).first().asString().contains("CASE-100001");
        assertThat(f.claim("CASE-100001").status().isOpen()).as("researched again").isTrue();

        // Alt+F writes the reopened case off
        pick(robot, "INV-010001", "CASE-100001");
        robot.clickOn(note).write("Too small to pursue");
        alt(robot, KeyCode.F);
        waitUntil(() -> result().contains("WO-"));
        // what happened in words, and how much (tour 8: "resolved invalid: WO-001003" said neither)
        assertThat(result()).matches("Case CASE-100001: written off 20\\.00 \\(WO-\\d+\\)");
        assertThat(f.claim("CASE-100001").status().isResolved()).isTrue();

        // Alt+P with an amount below the case's: partly valid
        pick(robot, "INV-010002", "CASE-100002");
        robot.interact(() -> robot.lookup("#validField").queryAs(TextField.class).setText("10.00"));
        robot.clickOn(note).write("Half the freight was ours");
        alt(robot, KeyCode.P);
        waitUntil(() -> result().startsWith("Case CASE-100002 resolved"));
        assertThat(f.claim("CASE-100002").status()).isEqualTo(ClaimStatus.RESOLVED_PARTLY_VALID);
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
