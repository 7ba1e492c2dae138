package com.orderdesk.gui.credit;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.credit.HeldOrderRow;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A credit manager who looks at a held order and keeps it on hold (waiting for a payment) says why,
 * and the trail has the decision: before, "keep on hold" was only not pressing Release, and nothing
 * showed that anyone had looked (tour13).
 */
@ExtendWith(ApplicationExtension.class)
class HoldDeskKeepScreenTest {
    @RegisterExtension
    final HoldDeskScreen desk = new HoldDeskScreen();
    private final ScreenFixture screen = desk.screen;

    @Start
    void start(Stage stage) throws Exception {
        desk.openWithTwoHeld(stage);
    }

    private List<String> keptEntries() {
        return desk.book().db.read(s -> s.createNativeQuery("SELECT doc_id || '|' || username || '|' || reason FROM audit_entry"
                + " WHERE action = 'CREDIT_KEEP' ORDER BY id", String.class).getResultList());
    }

    @Test
    void keepingAnOrderOnHoldAsksWhyAndLeavesTheDecisionInTheTrail(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        TextArea reason = desk.reason(robot);
        desk.selectFirst(robot, 2);
        desk.await(() -> !robot.lookup("#keepButton").queryButton().isDisabled());
        String first = queue.getSelectionModel().getSelectedItem().orderNumber();

        // Alt+E without a reason asks for one and keeps nothing
        alt(robot, KeyCode.E);
        desk.await(() -> screen.lastMessage().equals("Type why order " + first + " stays on hold."));
        desk.await(() -> desk.scene().getFocusOwner() == reason);
        assertThat(keptEntries()).isEmpty();

        robot.write("Waiting for the wire promised for Friday");
        alt(robot, KeyCode.E);
        desk.await(() -> screen.lastMessage().startsWith("Order " + first + " kept on hold"));
        assertThat(screen.lastMessage()).isEqualTo("Order " + first + " kept on hold: Waiting for the wire promised for Friday");
        assertThat(keptEntries()).containsExactly(first + "|carmen|Waiting for the wire promised for Friday");
        // still held, still in the queue; the desk moves on to the next order with the reason field empty
        assertThat(queue.getItems()).hasSize(2).extracting(HeldOrderRow::orderNumber).contains(first);
        desk.await(() -> queue.getSelectionModel().getSelectedItem() != null
                && !first.equals(queue.getSelectionModel().getSelectedItem().orderNumber()));
        assertThat(reason.getText()).isEmpty();
        String status = desk.book().db.read(s -> s.createNativeQuery("SELECT status FROM sales_order WHERE order_no = :n", String.class)
                .setParameter("n", first).getSingleResult());
        assertThat(status).isEqualTo("CREDIT_HOLD");
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
