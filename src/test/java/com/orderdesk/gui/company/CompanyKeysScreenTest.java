package com.orderdesk.gui.company;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.application.company.TestLogos;
import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
 * An administrator works the Company screen with its keys (F1): F5 drops what is not saved, Enter
 * in an address makes a new line, Alt+L chooses a logo (previewed), Ctrl+S saves all of it.
 */
@ExtendWith(ApplicationExtension.class)
class CompanyKeysScreenTest extends ScreenTestOnOneBook {
    private static SignedInUser admin;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        admin = book.admin();
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        CompanySettingsController controller = new CompanySettingsController(new CompanySettingsViewModel(
                new CompanyDesk(book.services().companySettings(), () -> admin)), screen.tasks, screen.dialogs, screen.status);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
        controller.focusFirstField();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition, () -> "message '" + ((Label) scene.lookup("#companyMessage")).getText()
                + "', logo '" + ((Label) scene.lookup("#logoDescription")).getText() + "'");
    }

    @Test
    void theCompanyKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#companyName").queryAs(TextField.class);
        String stored = book.services().companySettings().load(admin).settings().name();
        waitUntil(() -> name.getText().equals(stored) && name.isFocused()
                && !((Label) scene.lookup("#logoDescription")).getText().isEmpty());

        // F5: what was typed and not saved is dropped
        robot.clickOn(name).type(KeyCode.END).write(" (typo)");
        waitUntil(() -> name.getText().endsWith("(typo)"));
        robot.type(KeyCode.F5);
        waitUntil(() -> name.getText().equals(stored));

        // the labels' letters: Alt+C the contact line (its L was the logo button's too, so Alt+L only moved the focus)
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        waitUntil(() -> scene.getFocusOwner() != null && "contactField".equals(scene.getFocusOwner().getId()));

        // Enter in an address: a new line, not a save
        TextArea address = robot.lookup("#companyAddress").queryAs(TextArea.class);
        robot.clickOn(address);
        robot.interact(address::clear);
        robot.write("1 Harbour Road").type(KeyCode.ENTER).write("Tulsa, OK 74101");
        assertThat(address.getText()).isEqualTo("1 Harbour Road\nTulsa, OK 74101");

        // Alt+L: the logo file chooser; the logo chosen is previewed
        Path logo = dir.resolve("keys-logo.png");
        Files.write(logo, TestLogos.png(360, 90, "Keys"));
        screen.dialogs.fileToOpen = logo;
        alt(robot, KeyCode.L);
        waitUntil(() -> ((Label) scene.lookup("#logoDescription")).getText().startsWith("keys-logo.png: PNG"));

        // Ctrl+S saves the address and the logo
        ctrl(robot, KeyCode.S);
        waitUntil(() -> screen.lastMessage().startsWith("Company settings saved"));
        var saved = book.services().companySettings().load(admin);
        assertThat(saved.settings().address()).isEqualTo(List.of("1 Harbour Road", "Tulsa, OK 74101"));
        assertThat(saved.logo()).as("the logo chosen with Alt+L is stored").isNotNull();
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#companyName").queryAs(TextField.class);
        String stored = book.services().companySettings().load(admin).settings().name();
        waitUntil(() -> name.getText().equals(stored) && !((Label) scene.lookup("#logoDescription")).getText().isEmpty());
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.N, "companyName");
        fields.put(KeyCode.A, "companyAddress");
        fields.put(KeyCode.M, "remitToName");
        fields.put(KeyCode.T, "remitToAddress");
        fields.put(KeyCode.C, "contactField");
        fields.put(KeyCode.X, "taxIdField");
        fields.put(KeyCode.B, "bankField");
        fields.put(KeyCode.Y, "defaultTerms");
        fields.put(KeyCode.D, "mailDomains");
        fields.put(KeyCode.E, "companyReason");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#saveCompanyButton").query(), fields);
    }
}
