package com.orderdesk.gui.claims;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.TestFiles;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The chargeback of a case just decided, and of one decided earlier. Tour15 (7 December, arthur): charged back with
 * "Still to work" ticked, the case left the list, "Print chargeback" went off, and the letter just decided could not
 * be printed; choosing the status "Resolved invalid" to find it showed no case, "Still to work" still ticked.
 */
class ChargebackAfterDecisionScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private static String earlierChargeback;
    private ClaimsDeskController controller;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
        // decided last week: its chargeback went out then
        f.payWithDeduction("INV-010002", "101.58", "10.00", "DAMAGED", "1 box crushed", TestBook.TODAY.minusDays(7));
        ClaimRow earlier = f.claims().queue(f.ar()).rows().get(0);
        earlierChargeback = f.claims().resolve(f.ar(), earlier.id(), earlier.version(),
                Resolution.invalid("Carrier's photos show the box whole")).documents().get(0);
        // to decide now
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.show(stage, screen, ClaimsDeskScreen.deskPrinting(f, screen), 1258);
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(60, condition, () -> "result '" + result() + "', rows " + controller.rows());
    }

    private static String result() {
        return new FxRobot().lookup("#claimResult").queryAs(Label.class).getText();
    }

    @Test
    void theChargebackJustDecidedPrintsThoughTheCaseLeftTheList(FxRobot robot) throws Exception {
        waitUntil(() -> controller.rows().stream().anyMatch(r -> r.invoiceNumber().equals("INV-010001")));
        javafx.scene.control.MenuItem print = MoreMenu.item(robot, "printChargebackItem");
        ctrl(robot, KeyCode.F);
        robot.write("INV-010001");
        waitUntil(() -> controller.rows().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // the case, then its note
        waitUntil(() -> robot.lookup("#evidenceTitle").tryQuery().isPresent());
        robot.write("Signed delivery receipt shows no damage");
        alt(robot, KeyCode.I);
        waitUntil(() -> result().contains("resolved invalid") && controller.rows().isEmpty());
        String chargeback = result().replaceAll(".*resolved invalid: (CB-\\d+).*", "$1");

        // the case is off the list ("Still to work"), its chargeback still at hand, and the line says how
        waitUntil(() -> !print.isDisable());
        assertThat(result()).contains(chargeback, "Ctrl+P");
        // the cursor in the queue, for the next case (it was in the search field)
        TableView<?> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        waitUntil(queue::isFocused);
        Path target = Files.createDirectories(dir.resolve("just-decided")).resolve(chargeback + ".pdf");
        screen.dialogs.fileToSave = target;
        ctrl(robot, KeyCode.P);
        waitUntil(() -> screen.lastMessage().startsWith("Chargeback " + chargeback + " saved"));
        assertThat(TestFiles.pdfText(target).replaceAll("\\s+", " "))
                .contains("CHARGEBACK", chargeback, "INV-010001", "Signed delivery receipt shows no damage");
        assertThat(screen.dialogs.errors).isEmpty();
    }

    @Test
    void aResolvedStatusShowsTheCasesDecidedEarlierToPrintAgain(FxRobot robot) throws Exception {
        waitUntil(() -> !screen.lastMessage().isEmpty()); // loaded (the other test may have decided the open case)
        CheckBox stillToWork = robot.lookup("#stillToWork").queryAs(CheckBox.class);
        assertThat(stillToWork.isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<ClaimStatus> status = robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
                .filter(c -> c.getItems().contains(ClaimStatus.RESOLVED_INVALID) && c.getItems().contains(ClaimStatus.CLOSED))
                .findFirst().orElseThrow();
        robot.interact(() -> status.setValue(ClaimStatus.RESOLVED_INVALID));

        // a status the cases still to work never have: the box lets go of them, and the decided cases show
        waitUntil(() -> controller.rows().stream().anyMatch(r -> r.invoiceNumber().equals("INV-010002")));
        assertThat(stillToWork.isSelected()).as("Still to work beside 'Resolved invalid'").isFalse();
        assertThat(controller.rows()).allMatch(r -> r.status() == ClaimStatus.RESOLVED_INVALID);
        @SuppressWarnings("unchecked")
        TableView<ClaimRow> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        robot.interact(() -> queue.getItems().stream().filter(r -> r.invoiceNumber().equals("INV-010002")).findFirst()
                .ifPresent(queue.getSelectionModel()::select));
        javafx.scene.control.MenuItem print = MoreMenu.item(robot, "printChargebackItem");
        waitUntil(() -> !print.isDisable());
        Path target = dir.resolve(earlierChargeback + "-again.pdf");
        screen.dialogs.fileToSave = target;
        alt(robot, KeyCode.B);
        waitUntil(() -> screen.lastMessage().endsWith(target.toString()));
        assertThat(TestFiles.pdfText(target)).contains(earlierChargeback, "INV-010002");

        // ticking "Still to work" again lets go of the resolved status rather than show nothing
        robot.interact(() -> stillToWork.setSelected(true));
        waitUntil(() -> status.getValue() == null);
        assertThat(controller.rows()).allMatch(r -> r.status().isOpen());
    }
}
