package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * tour5 (carmen, a loaded machine): Enter in the queue and then a reason typed at once lost some of the
 * reason's letters. Showing the desk reloads the queue in the background; the clerk's keys come before
 * the load is back. Here the load is held back until the keys are typed, then let go, and every letter
 * must be in the reason field, which keeps the focus.
 */
class HoldReasonUnderLoadScreenTest extends ScreenTestOnOneBook {
    private static SignedInUser manager;
    private HeldBackTasks tasks;
    private CreditHoldsController controller;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        manager = book.user("carmen", Role.CREDIT_MANAGER);
        LateBook.predictPaysLate(book, "pays late");
        LateBook.enterHeldOrder(book);
        LateBook.enterHeldOrder(book);
    }

    @Start
    void start(Stage stage) {
        tasks = new HeldBackTasks(screen.tasks);
        controller = new CreditHoldsController(book.services().credit(), tasks, screen.dialogs, screen.status,
                new CreditHoldsViewModel(() -> manager, book.services().authorizer(), () -> TestBook.TODAY, TestBook.CLOCK.getZone()),
                TestBook.CLOCK);
        scene = screen.show(stage, controller, 1258, 700);
    }

    /** The desk shown again (the shell's onShown: reload, queue focused) while the machine is slow. */
    @Test
    void aReasonTypedWhileTheQueueReloadsKeepsEveryLetter(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = robot.lookup("#holdQueue").queryTableView();
        TextArea reason = robot.lookup("#decisionReason").query();
        robot.interact(controller::refresh);
        screen.await(30, () -> queue.getItems().size() == 2 && !reason.isDisabled());

        robot.interact(() -> {
            screen.status.showMessage("Reloading");
            tasks.hold();
            controller.refresh();
            controller.focusQueue();
        });
        robot.type(KeyCode.ENTER).write("Paid");
        letTheLoadsGo(robot);
        robot.write(" by wire");

        assertThat(reason.getText()).as("the reason typed around the reload").isEqualTo("Paid by wire");
        assertThat(screen.settledFocus()).as("focus after the reload").isSameAs(reason);
    }

    /** The desk's first showing: the queue is still empty when Enter and the reason come. */
    @Test
    void aReasonTypedBeforeTheFirstLoadIsBackKeepsEveryLetter(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = robot.lookup("#holdQueue").queryTableView();
        TextArea reason = robot.lookup("#decisionReason").query();
        robot.interact(() -> {
            tasks.hold();
            controller.refresh();
            controller.focusQueue();
        });
        robot.type(KeyCode.ENTER).write("Paid");
        letTheLoadsGo(robot);
        robot.write(" by wire");

        assertThat(queue.getSelectionModel().getSelectedItem()).as("the order the reason is for").isNotNull();
        assertThat(reason.getText()).as("the reason typed around the first load").isEqualTo("Paid by wire");
        assertThat(screen.settledFocus()).as("focus after the first load").isSameAs(reason);
    }

    /** Lets the held load go, and the detail load it starts, and waits until both are shown. */
    private void letTheLoadsGo(FxRobot robot) throws Exception {
        robot.interact(tasks::letGo);
        screen.await(30, () -> screen.lastMessage().equals(HoldDeskText.LOADED));
        screen.await(30, () -> !robot.lookup("#holdButton").queryButton().isDisabled()); // the detail is shown
    }
}
