package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.invoicing.InvoicesController;
import com.orderdesk.gui.invoicing.InvoicingDesk;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import com.orderdesk.reporting.DocumentRenderer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A customer phones to dispute an invoice: the AR clerk finds it on the invoices screen and raises
 * the claim with the keyboard (Alt+D); the claims desk's queue has it. A refused amount is said in
 * the dialog with what was typed kept; a user whose role may not open disputes finds the action off.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisputeScreenTest extends ScreenTestOnOneBook {
    private static final DocumentRenderer RENDERER = com.orderdesk.logic.invoicing.print.TestRenderers.demo();
    private static ClaimsFixture f;
    private InvoicesController controller;
    private UiTaskRunner tasks;
    private Stage stage;
    private volatile boolean holdTasks;
    private volatile CountDownLatch releaseTasks;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        holdTasks = false;
        releaseTasks = new CountDownLatch(1);
        // a pool whose tasks wait, once a test says so, until it lets them go: the save seen while it runs
        tasks = new ExecutorTaskRunner(new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()) {
            @Override
            protected void beforeExecute(Thread t, Runnable r) {
                if (holdTasks) {
                    try {
                        releaseTasks.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        show(f.ar());
    }

    private void show(SignedInUser user) {
        controller = new InvoicesController(new InvoicingDesk(f.services.invoicing(), () -> RENDERER, TestBook.CLOCK,
                () -> user, 1), tasks, screen.dialogs, screen.status);
        // before the view is loaded, as the app wires it (touching the button then failed the window's opening)
        controller.setDisputes(new DisputeDialog(f.claims(), () -> user));
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<DocumentRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private void findAndDispute(FxRobot robot, String invoice) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(invoice);
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> !robot.lookup("#disputeButton").queryAs(Button.class).isDisabled());
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        // the dialog shows what may be disputed once the invoice is looked up
        waitUntil(() -> robot.lookup("#disputeFacts").tryQuery().map(n -> ((Label) n).getText().contains("may be disputed"))
                .orElse(false));
        // TestFX types characters into its target window: the dialog (keys reach the focused one anyway)
        robot.targetWindow(robot.lookup("#disputeFacts").query().getScene().getWindow());
    }

    /** Alt+{@code mnemonic} to the dialog's field, what it holds selected and typed over. */
    private static void typeInto(FxRobot robot, KeyCode mnemonic, String text) {
        robot.press(KeyCode.ALT).type(mnemonic).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long cases() {
        return f.count("claim_case");
    }

    @Test
    void anArClerkDisputesAnInvoiceWithTheKeyboardAndTheClaimsDeskHasIt(FxRobot robot) throws Exception {
        Money open = f.invoice("INV-010002").openAmount();
        long audits = f.count("audit_entry");
        findAndDispute(robot, "INV-010002");
        assertThat(robot.lookup("#disputeAmount").queryAs(TextField.class).getText()).as("the amount defaults to the open amount")
                .isEqualTo(open.amount().toPlainString());
        // the reason has the focus: Down takes the first (price); Alt+A the amount, Alt+N the note; Enter opens
        robot.type(KeyCode.DOWN);
        typeInto(robot, KeyCode.A, "15.00");
        typeInto(robot, KeyCode.N, "Charged the list price; the contract says 10.99");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.status.getLastMessage() != null && screen.status.getLastMessage().startsWith("Dispute CASE-"));

        String number = screen.status.getLastMessage().split(" ")[1];
        assertThat(screen.status.getLastMessage()).isEqualTo("Dispute " + number + " opened on INV-010002.");
        assertThat(robot.listWindows().stream().filter(Window::isShowing).count()).as("the dialog closed").isEqualTo(1);
        ClaimCase c = f.claim(number);
        assertThat(c.kind()).isEqualTo(ClaimKind.DISPUTE);
        assertThat(c.reason()).isEqualTo(ClaimReason.PRICING);
        assertThat(c.amount()).isEqualTo(Money.of("15.00"));
        assertThat(f.count("audit_entry")).as("audited as the use case does").isEqualTo(audits + 1);
        // the claims desk's queue, as it loads when shown, has the case
        var desk = new ClaimsDeskViewModel(f.claims(), f::ar, TestBook.CLOCK);
        assertThat(desk.load().queue().rows()).extracting(ClaimRow::number, ClaimRow::invoiceNumber, ClaimRow::amount)
                .contains(org.assertj.core.groups.Tuple.tuple(number, "INV-010002", Money.of("15.00")));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: its case on INV-010001 would change what the refusal test may dispute there
    void whileTheCaseIsBeingOpenedTheDialogCannotBeCancelledAndThenSaysItOpened(FxRobot robot) throws Exception {
        long before = cases();
        findAndDispute(robot, "INV-010001");
        robot.type(KeyCode.DOWN);
        typeInto(robot, KeyCode.A, "5.00");
        typeInto(robot, KeyCode.N, "Two towels short");
        holdTasks = true;
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("Open dispute").queryAs(Button.class).isDisabled()); // the save has started
        Button cancel = (Button) robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL);
        assertThat(cancel.isDisabled()).as("Cancel off while the case is opened").isTrue();
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> cancel.getScene().getWindow().fireEvent(
                new javafx.stage.WindowEvent(cancel.getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows().stream().filter(Window::isShowing).count()).as("Escape and the window's close left it open")
                .isEqualTo(2);
        releaseTasks.countDown();
        waitUntil(() -> screen.status.getLastMessage() != null && screen.status.getLastMessage().startsWith("Dispute CASE-"));
        assertThat(robot.listWindows().stream().filter(Window::isShowing).count()).as("the dialog closed").isEqualTo(1);
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void anAmountAboveTheOpenAmountIsRefusedInTheDialogAndWhatWasTypedStays(FxRobot robot) throws Exception {
        long before = cases();
        Money open = f.invoice("INV-010001").openAmount();
        findAndDispute(robot, "INV-010001");
        robot.type(KeyCode.DOWN);
        typeInto(robot, KeyCode.A, "9999.00");
        typeInto(robot, KeyCode.N, "Never ordered the towels");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#disputeProblem").queryAs(Label.class).getText().isEmpty());

        assertThat(robot.lookup("#disputeProblem").queryAs(Label.class).getText())
                .isEqualTo("At most " + open.amount().toPlainString() + " may be disputed on INV-010001: its open amount; 9,999.00 is more.");
        assertThat(robot.lookup("#disputeAmount").queryAs(TextField.class).getText()).isEqualTo("9999.00");
        assertThat(robot.lookup("#disputeNote").queryAs(TextField.class).getText()).isEqualTo("Never ordered the towels");
        // not an amount at all: said as well
        robot.interact(() -> robot.lookup("#disputeAmount").queryAs(TextField.class).setText("twelve"));
        robot.clickOn("Open dispute");
        waitUntil(() -> robot.lookup("#disputeProblem").queryAs(Label.class).getText().contains("is not an amount"));
        assertThat(cases()).as("nothing opened").isEqualTo(before);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.listWindows().stream().filter(Window::isShowing).count() == 1);
        assertThat(cases()).isEqualTo(before);
    }

    /**
     * Space, Down, Enter on the reason (tour: it opened a dispute for the whole open amount with no word of what the
     * customer disputes): the Enter that takes the reason from the list does not press Open dispute, and pressing it
     * with no note says the note is missing, keeping the reason and the amount.
     */
    @Test
    void spaceDownEnterOnTheReasonOpensNothingAndTheNoteIsAskedFor(FxRobot robot) throws Exception {
        long before = cases();
        findAndDispute(robot, "INV-010002");
        String amount = robot.lookup("#disputeAmount").queryAs(TextField.class).getText();
        robot.type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // a dispute being opened would show by now (the pool's look-up and save take milliseconds)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cases()).as("nothing opened").isEqualTo(before);
        assertThat(robot.listWindows().stream().filter(Window::isShowing).count()).as("the dialog stays").isEqualTo(2);
        @SuppressWarnings("unchecked")
        var reason = (javafx.scene.control.ComboBox<ClaimReason>) robot.lookup("#disputeReason").query();
        assertThat(reason.getValue()).as("the reason taken").isEqualTo(ClaimReason.PRICING);
        assertThat(robot.lookup("#disputeAmount").queryAs(TextField.class).isFocused()).as("Enter moved on to the amount").isTrue();
        // Open dispute pressed now: the note is what is missing, said, and nothing typed is lost
        robot.clickOn("Open dispute");
        waitUntil(() -> !robot.lookup("#disputeProblem").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#disputeProblem").queryAs(Label.class).getText()).startsWith("Type what the customer disputes");
        assertThat(robot.lookup("#disputeNote").queryAs(TextField.class).isFocused()).as("the note has the focus").isTrue();
        assertThat(reason.getValue()).isEqualTo(ClaimReason.PRICING);
        assertThat(robot.lookup("#disputeAmount").queryAs(TextField.class).getText()).isEqualTo(amount);
        assertThat(cases()).isEqualTo(before);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.listWindows().stream().filter(Window::isShowing).count() == 1);
    }

    /** "_Dispute…" underlines D, its key (Alt+D, in its tooltip and the F1 list), and no other control has it. */
    @Test
    void theDisputeButtonUnderlinesItsKey(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        Button dispute = robot.lookup("#disputeButton").queryAs(Button.class);
        var altD = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "d", "d", KeyCode.D, false, false, true, false);
        var underlined = dispute.getScene().getMnemonics().entrySet().stream().filter(e -> e.getKey().match(altD))
                .flatMap(e -> e.getValue().stream()).map(javafx.scene.input.Mnemonic::getNode).toList();
        assertThat(underlined).containsExactly(dispute);
    }

    @Test
    void aUserWhoMayNotOpenDisputesFindsTheActionOff(FxRobot robot) throws Exception {
        robot.interact(() -> show(f.manager()));
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#disputeButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.status.getLastMessage()).isEqualTo("Your role may not open disputes.");
        assertThat(robot.listWindows().stream().filter(Window::isShowing).count()).as("no dialog").isEqualTo(1);
    }
}
