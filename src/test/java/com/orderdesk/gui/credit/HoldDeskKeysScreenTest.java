package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import java.util.LinkedHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A credit manager works the hold desk with the keys its shortcut list (F1) names: Ctrl+F to the
 * search, Enter from the queue to the reason, Alt+M manual hold on and off, Alt+L / Alt+C the
 * credit limit, Ctrl+Enter from anywhere on the desk releases, Alt+J rejects (asks once).
 */
@ExtendWith(ApplicationExtension.class)
class HoldDeskKeysScreenTest {
    @RegisterExtension
    final HoldDeskScreen desk = new HoldDeskScreen();
    private final ScreenFixture screen = desk.screen;

    @Start
    void start(Stage stage) throws Exception {
        // a prediction that the customer pays very late holds its orders
        desk.openWithTwoHeld(stage);
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        Scene scene = desk.scene();
        desk.await(condition, () -> "search: '" + ((TextField) scene.lookup("#searchField")).getText()
                + "', reason: '" + ((TextArea) scene.lookup("#decisionReason")).getText() + "', hold: "
                + ((Button) scene.lookup("#holdButton")).getText() + " disabled " + scene.lookup("#holdButton").isDisabled());
    }

    private Node focused() {
        return desk.scene().getFocusOwner();
    }

    @Test
    void everyKeyOnTheHoldDeskListDoesWhatItSays(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        TextArea reason = desk.reason(robot);
        Button holdButton = desk.holdButton(robot);
        desk.selectFirst(robot, 2);

        // Ctrl+F: the search field
        ctrl(robot, KeyCode.F);
        waitUntil(() -> focused() instanceof TextField);
        assertThat(((TextField) focused()).getPromptText()).isEqualTo("Order number, customer number or name");

        // Enter from the queue: the reason field
        robot.clickOn("#holdQueue");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused() == reason);

        // Alt+M puts the customer on manual hold (the note is the reason), Alt+M again takes it off
        robot.write("Customer asked to pause deliveries");
        alt(robot, KeyCode.M);
        waitUntil(() -> screen.lastMessage().contains("manual hold"));
        assertThat(screen.lastMessage()).startsWith("Acme Janitorial Supply put on manual hold");
        waitUntil(() -> holdButton.getText().startsWith("Take off"));
        robot.clickOn("#decisionReason").write("Pause lifted");
        alt(robot, KeyCode.M);
        waitUntil(() -> screen.lastMessage().contains("taken off manual hold"));
        assertThat(screen.lastMessage()).startsWith("Acme Janitorial Supply taken off manual hold");

        // Alt+L into the credit limit, Alt+C changes it (the note is the reason)
        waitUntil(() -> queue.getItems().size() == 2 && !holdButton.isDisabled());
        robot.clickOn("#holdQueue").type(KeyCode.HOME);
        waitUntil(() -> !holdButton.isDisabled() && !reason.isDisabled());
        robot.clickOn("#decisionReason").write("Raised after the bank reference");
        alt(robot, KeyCode.L);
        waitUntil(() -> focused() instanceof TextField f && f.getPromptText() == null || focused() instanceof TextField f2
                && !"Order number, customer number or name".equals(f2.getPromptText()));
        ((TextField) focused()).clear();
        robot.write("90,000.00");
        alt(robot, KeyCode.C);
        waitUntil(() -> screen.lastMessage().startsWith("Credit limit of Acme Janitorial Supply changed"));

        // Ctrl+Enter from outside the reason field (here: the search field) releases the selected order
        waitUntil(() -> queue.getItems().size() == 2);
        robot.clickOn("#holdQueue").type(KeyCode.HOME);
        waitUntil(() -> !reason.isDisabled());
        robot.clickOn("#decisionReason").write("Customer paid the overdue invoices by wire");
        ctrl(robot, KeyCode.F);
        waitUntil(() -> focused() instanceof TextField);
        ctrl(robot, KeyCode.ENTER);
        waitUntil(() -> screen.lastMessage().endsWith("released to fulfillment"));
        waitUntil(() -> queue.getItems().size() == 1);

        // Alt+J without a reason asks for one; with one it asks once, then rejects
        robot.clickOn("#holdQueue").type(KeyCode.HOME);
        waitUntil(() -> queue.getSelectionModel().getSelectedItem() != null && !reason.isDisabled());
        alt(robot, KeyCode.J);
        waitUntil(() -> screen.lastMessage().startsWith("Type a reason for rejecting order"));
        waitUntil(() -> focused() == reason);
        assertThat(screen.dialogs.confirms).isEmpty();
        robot.write("Customer cancelled by phone");
        alt(robot, KeyCode.J);
        waitUntil(() -> screen.lastMessage().endsWith("rejected and cancelled"));
        assertThat(screen.dialogs.confirms).hasSize(1).first().asString().startsWith("Reject order: SO-");
        waitUntil(() -> queue.getItems().isEmpty());
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * Down or Enter in the search goes to the queue with its first match selected, as on the other
     * lists. In the tour of 6 December neither key left the search: "SO-103006" found one order and
     * the clerk had to Tab past four filters to reach it.
     */
    @Test
    void downOrEnterInTheSearchGoesToTheFirstMatch(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        waitUntil(() -> screen.lastMessage().equals(HoldDeskText.LOADED));
        for (KeyCode key : new KeyCode[] {KeyCode.DOWN, KeyCode.ENTER}) {
            robot.interact(() -> queue.getSelectionModel().clearSelection());
            ctrl(robot, KeyCode.F);
            waitUntil(() -> focused() instanceof TextField);
            robot.write("Acme");
            waitUntil(() -> !queue.getItems().isEmpty());
            robot.type(key);
            waitUntil(() -> focused() == queue);
            assertThat(queue.getSelectionModel().getSelectedIndex()).as(key + " selects the first match").isZero();
            robot.interact(() -> ((TextField) robot.lookup("#searchField").query()).clear());
        }
        // a search that hides every held order says so (it read "No orders on credit hold.")
        robot.interact(() -> ((TextField) robot.lookup("#searchField").query()).setText("no such customer"));
        waitUntil(() -> queue.getItems().isEmpty());
        assertThat(((javafx.scene.control.Label) queue.getPlaceholder()).getText())
                .startsWith("No held order matches the search and filters");
    }

    /**
     * The status bar says how many orders are held once, in its counts beside the desk; the load's
     * message no longer says it again (it read "2 orders on credit hold, 40.00 | 2 orders on credit hold").
     */
    @Test
    void theStatusBarSaysTheHeldCountOnce(FxRobot robot) throws Exception {
        waitUntil(() -> !screen.status.countsProperty().get().isEmpty() && !screen.lastMessage().isEmpty());
        String bar = screen.status.countsProperty().get() + " | " + screen.lastMessage();
        assertThat(bar.split("on credit hold", -1)).as("the held count in '%s'", bar).hasSize(2);
        assertThat(screen.status.countsProperty().get()).as("the counts").matches("[\\d,]+ orders? on credit hold, .+");
        assertThat(screen.lastMessage()).isEqualTo("Credit-hold queue loaded");
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        desk.selectFirst(robot, 2);
        LabelKeys.assertNoTwoShareALetter(desk.scene());
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.S, "searchField");
        fields.put(KeyCode.N, "reasonFilter");
        fields.put(KeyCode.K, "riskBox");
        fields.put(KeyCode.U, "minValueField");
        fields.put(KeyCode.I, "minAgeField");
        fields.put(KeyCode.D, "decisionReason");
        fields.put(KeyCode.L, "limitField");
        LabelKeys.assertEachFocusesItsField(robot, desk.scene(), screen, robot.lookup("#holdQueue").query(), fields);
    }

    /** tour7: Tab from the reason typed a tab into it; four Tabs, Ctrl+A and a new limit then overwrote the reason. */
    @Test
    void tabLeavesTheReasonForTheButtonsAndShiftTabComesBack(FxRobot robot) throws Exception {
        TextArea reason = desk.reason(robot);
        desk.selectFirst(robot, 2);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused() == reason);

        robot.type(KeyCode.O, KeyCode.K, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reason.getText()).isEqualTo("ok");
        assertThat(focused()).isSameAs(robot.lookup("#releaseButton").query());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isSameAs(reason);
        robot.interact(reason::clear);
    }
    /**
     * tour13: Enter in the credit limit field did nothing (the next test: and a change to the limit it
     * already had, "unchanged: nothing saved", wiped the note typed for it).
     */
    @Test
    void enterInTheLimitChangesIt(FxRobot robot) throws Exception {
        desk.selectFirst(robot, 2);
        robot.clickOn("#decisionReason").write("Annual review");
        alt(robot, KeyCode.L);
        TextField limit = robot.lookup("#limitField").query();
        waitUntil(() -> focused() == limit);
        robot.interact(limit::clear);
        robot.write("77,000.00").type(KeyCode.ENTER);
        waitUntil(() -> screen.lastMessage().startsWith("Credit limit of Acme Janitorial Supply changed"));
        // the limit typed is the one kept (the message alone said only that something changed)
        Money kept = desk.book().db.read(s -> s.find(Customer.class, desk.book().acmeId).creditLimit().orElseThrow());
        assertThat(kept).as("Acme's credit limit").isEqualTo(Money.of("77000.00"));
        assertThat(screen.dialogs.errors).isEmpty();
    }

    @Test
    void aNoteForALimitLeftAsItWasIsKept(FxRobot robot) throws Exception {
        TextArea reason = desk.reason(robot);
        desk.selectFirst(robot, 2);
        robot.clickOn("#decisionReason").write("Pressed twice");
        alt(robot, KeyCode.C);
        waitUntil(() -> screen.lastMessage().contains("unchanged"));
        assertThat(reason.getText()).as("the note typed, after nothing was saved").isEqualTo("Pressed twice");
        robot.interact(reason::clear);
    }
}
