package com.orderdesk.gui.claims;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.TestFiles;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The claims desk prints a case's chargeback for the customer from the keyboard (Ctrl+P or
 * Alt+B, then where to save it): the PDF names the chargeback, the case, the invoice, the amount
 * due and the finding. A case with no chargeback says so instead of asking where.
 */
@ExtendWith(ApplicationExtension.class)
class ChargebackPrintScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private static String chargeback;
    private ClaimsDeskController controller;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
        ClaimRow c = f.claims().queue(f.ar()).rows().get(0);
        chargeback = f.claims().resolve(f.ar(), c.id(), c.version(),
                Resolution.invalid("Signed delivery receipt shows no damage")).documents().get(0);
        // a second case, still open: nothing printed on it yet
        f.payWithDeduction("INV-010002", "101.58", "0", null, null, TestBook.TODAY.minusDays(15));
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.show(stage, screen, ClaimsDeskScreen.deskPrinting(f, screen), 1258);
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(60, condition, () -> "result '" + result() + "', rows " + controller.rows());
    }

    private String result() {
        return new FxRobot().lookup("#claimResult").queryAs(Label.class).getText();
    }

    private void pick(FxRobot robot, String invoice, String claim) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.eraseText(12).write(invoice);
        waitUntil(() -> controller.rows().size() == 1);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> robot.lookup("#evidenceTitle").tryQuery().map(n -> ((Label) n).getText()).orElse("").startsWith(claim));
    }

    @Test
    void theArClerkPrintsTheCasesChargebackFromTheKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> controller.rows().size() == 1 && !screen.lastMessage().isEmpty());
        javafx.scene.control.MenuItem print = MoreMenu.item(robot, "printChargebackItem");

        // the open case has no chargeback: the button is off, and Ctrl+P says why instead of asking where
        pick(robot, "INV-010002", "CASE-100002");
        assertThat(print.isDisable()).as("Print chargeback on a case with none").isTrue();
        screen.dialogs.fileToSave = dir.resolve("never.pdf");
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> result().contains("no chargeback to print"));
        assertThat(Files.exists(dir.resolve("never.pdf"))).isFalse();

        // the resolved case: Alt+W shows the cases worked already, then Ctrl+P, where to save, the PDF
        alt(robot, KeyCode.W); // the mnemonic focuses the box; Space ticks it off
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !robot.lookup("#stillToWork").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        pick(robot, "INV-010001", "CASE-100001");
        waitUntil(() -> !print.isDisable());
        Path target = Files.createDirectories(dir.resolve("to-customer")).resolve(chargeback + ".pdf");
        screen.dialogs.fileToSave = target;
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> screen.lastMessage().startsWith("Chargeback " + chargeback + " saved"));
        assertThat(screen.lastMessage()).isEqualTo("Chargeback " + chargeback + " saved to " + target);
        String text = TestFiles.pdfText(target).replaceAll("\\s+", " ");
        assertThat(text).contains("CHARGEBACK", chargeback, "CASE-100001", "INV-010001", "Amount due", "20.00",
                "Signed delivery receipt shows no damage");

        // Alt+B, the button's letter, does the same
        Path again = dir.resolve("to-customer").resolve("again.pdf");
        screen.dialogs.fileToSave = again;
        alt(robot, KeyCode.B);
        waitUntil(() -> screen.lastMessage().endsWith(again.toString()));
        assertThat(TestFiles.pdfText(again)).contains(chargeback);
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
