package com.orderdesk.gui.credit;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A credit manager who looks at a held order and keeps it on hold (waiting for a payment) says why,
 * and the trail has the decision: before, "keep on hold" was only not pressing Release, and nothing
 * showed that anyone had looked (tour13).
 */
@ExtendWith(ApplicationExtension.class)
class HoldDeskKeepScreenTest extends ScreenTestOnOneBook {
    private static AppServices services;
    private static SignedInUser manager;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        services = book.services();
        manager = book.user("carmen", Role.CREDIT_MANAGER);
        LateBook.predictPaysLate(book, "pays late");
        LateBook.enterHeldOrder(book);
        LateBook.enterHeldOrder(book);
    }

    @Start
    void start(Stage stage) throws Exception {
        CreditHoldsController controller = new CreditHoldsController(services.credit(), screen.tasks, screen.dialogs, screen.status,
                new CreditHoldsViewModel(() -> manager, services.authorizer(), () -> TestBook.TODAY, TestBook.CLOCK.getZone()),
                TestBook.CLOCK);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(20, condition, () -> "message: '" + screen.lastMessage() + "'");
    }

    private static List<String> keptEntries() {
        return book.db.read(s -> s.createNativeQuery("SELECT doc_id || '|' || username || '|' || reason FROM audit_entry"
                + " WHERE action = 'CREDIT_KEEP' ORDER BY id", String.class).getResultList());
    }

    @Test
    void keepingAnOrderOnHoldAsksWhyAndLeavesTheDecisionInTheTrail(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = robot.lookup("#holdQueue").queryTableView();
        TextArea reason = robot.lookup("#decisionReason").query();
        waitUntil(() -> queue.getItems().size() == 2);
        robot.clickOn("#holdQueue").type(KeyCode.HOME);
        waitUntil(() -> !reason.isDisabled() && !robot.lookup("#keepButton").queryButton().isDisabled());
        String first = queue.getSelectionModel().getSelectedItem().orderNumber();

        // Alt+E without a reason asks for one and keeps nothing
        alt(robot, KeyCode.E);
        waitUntil(() -> screen.lastMessage().equals("Type why order " + first + " stays on hold."));
        waitUntil(() -> scene.getFocusOwner() == reason);
        assertThat(keptEntries()).isEmpty();

        robot.write("Waiting for the wire promised for Friday");
        alt(robot, KeyCode.E);
        waitUntil(() -> screen.lastMessage().startsWith("Order " + first + " kept on hold"));
        assertThat(screen.lastMessage()).isEqualTo("Order " + first + " kept on hold: Waiting for the wire promised for Friday");
        assertThat(keptEntries()).containsExactly(first + "|carmen|Waiting for the wire promised for Friday");
        // still held, still in the queue; the desk moves on to the next order with the reason field empty
        assertThat(queue.getItems()).hasSize(2).extracting(HeldOrderRow::orderNumber).contains(first);
        waitUntil(() -> queue.getSelectionModel().getSelectedItem() != null
                && !first.equals(queue.getSelectionModel().getSelectedItem().orderNumber()));
        assertThat(reason.getText()).isEmpty();
        String status = book.db.read(s -> s.createNativeQuery("SELECT status FROM sales_order WHERE order_no = :n", String.class)
                .setParameter("n", first).getSingleResult());
        assertThat(status).isEqualTo("CREDIT_HOLD");
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
