package com.orderdesk.gui.credit;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.credit.HeldOrderRow;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * After a limit change (Enter in the limit) or a manual hold (Alt+M) the keyboard is back in the queue, on the order
 * it was for (newuser19's walk: both left it in the search field, so the next Down or Enter went to the search and the
 * letters typed next filtered the queue).
 */
@ExtendWith(ApplicationExtension.class)
class HoldDeskFocusAfterActionScreenTest {
    @RegisterExtension
    final HoldDeskScreen desk = new HoldDeskScreen();
    private final ScreenFixture screen = desk.screen;

    @Start
    void start(Stage stage) throws Exception {
        desk.openWithTwoHeld(stage);
    }

    private Node focused() {
        return desk.scene().getFocusOwner();
    }

    @Test
    void aLimitChangedWithEnterLeavesTheKeyboardInTheQueue(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        desk.selectFirst(robot, 2);
        HeldOrderRow first = queue.getSelectionModel().getSelectedItem();
        robot.clickOn("#decisionReason").write("Annual review");
        alt(robot, KeyCode.L);
        TextField limit = robot.lookup("#limitField").query();
        desk.await(() -> focused() == limit);
        robot.interact(limit::clear);
        robot.write("77,000.00").type(KeyCode.ENTER);
        desk.await(() -> screen.lastMessage().startsWith("Credit limit of Acme Janitorial Supply changed")
                && !desk.holdButton(robot).isDisabled());
        desk.await(() -> focused() == queue, () -> "focus on " + focused());
        assertThat(queue.getSelectionModel().getSelectedItem().orderId()).as("the order selected").isEqualTo(first.orderId());
    }

    @Test
    void aManualHoldLeavesTheKeyboardInTheQueue(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        desk.selectFirst(robot, 2);
        robot.type(KeyCode.ENTER).write("Bank returned a cheque");
        alt(robot, KeyCode.M);
        desk.await(() -> screen.lastMessage().contains("put on manual hold") && !desk.holdButton(robot).isDisabled());
        desk.await(() -> focused() == queue, () -> "focus on " + focused());
    }
}
