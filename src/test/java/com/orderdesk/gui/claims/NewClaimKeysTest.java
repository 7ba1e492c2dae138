package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On the claims desk, Ctrl+N raises a claim on a typed invoice; the queue then shows the new case, selected. */
@ExtendWith(ApplicationExtension.class)
class NewClaimKeysTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private ClaimsDeskController controller;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
    }

    @Start
    void start(Stage stage) throws Exception {
        var ar = f.ar();
        controller = new ClaimsDeskController(new ClaimsDeskViewModel(f.claims(), () -> ar, TestBook.CLOCK), screen.tasks,
                screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlNRaisesAClaimOnATypedInvoiceAndTheQueueShowsIt(FxRobot robot) throws Exception {
        waitUntil(() -> screen.status.getLastMessage() != null);
        assertThat(controller.rows()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#disputeInvoice").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#disputeInvoice").query().getScene().getWindow());
        robot.write("inv-010001").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#disputeFacts").queryAs(Label.class).getText().contains("may be disputed"));
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT).type(KeyCode.DOWN);
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("20.00");
        // a dispute says what the customer disputes (keys9: without a note Open dispute asks for one)
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT).write("Freight charged twice").type(KeyCode.ENTER);
        waitUntil(() -> controller.rows().size() == 1);

        ClaimRow row = controller.rows().get(0);
        assertThat(row.invoiceNumber()).isEqualTo("INV-010001");
        assertThat(row.amount()).isEqualTo(Money.of("20.00"));
        assertThat(screen.status.getLastMessage()).isEqualTo("Dispute " + row.number() + " opened");
        waitUntil(() -> robot.lookup("#claimQueue").queryAs(TableView.class).getSelectionModel().getSelectedItem() == row);
        // the cursor on the new case, not in the search field (narrow17: it stayed there, the case's number in it)
        TableView<?> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        try {
            waitUntil(queue::isFocused);
        } catch (java.util.concurrent.TimeoutException e) {
            // told below
        }
        assertThat(queue.isFocused()).as("the queue has the focus (it is on %s)", queue.getScene().getFocusOwner()).isTrue();
    }

    /** tour8: Tab from the invoice looked nothing up (Enter only): no customer, no amount under the number. */
    @Test
    void tabFromTheInvoiceLooksItUpAsEnterDoes(FxRobot robot) throws Exception {
        waitUntil(() -> screen.status.getLastMessage() != null);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#disputeInvoice").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#disputeInvoice").query().getScene().getWindow());
        robot.write("inv-010002").type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#disputeFacts").queryAs(Label.class).getText().contains("may be disputed"));
        assertThat(robot.lookup("#disputeAmount").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the amount defaults to what may be disputed").isNotBlank();
        long before = f.count("claim_case");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.listWindows().stream().filter(javafx.stage.Window::isShowing).count() == 1);
        assertThat(f.count("claim_case")).as("nothing raised").isEqualTo(before);
    }

    /** "New _claim…" underlines C (N is the note's letter): Alt+C opens the same dialog; Esc leaves it, nothing raised. */
    @Test
    void altCOpensTheNewClaimDialogToo(FxRobot robot) throws Exception {
        waitUntil(() -> screen.status.getLastMessage() != null);
        long before = f.count("claim_case");
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#disputeInvoice").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#disputeInvoice").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.listWindows().stream().filter(javafx.stage.Window::isShowing).count() == 1);
        assertThat(f.count("claim_case")).as("nothing raised").isEqualTo(before);
    }
}
