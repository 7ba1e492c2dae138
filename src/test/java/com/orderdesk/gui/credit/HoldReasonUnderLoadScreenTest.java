package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.gui.common.ScreenFixture;
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
 * tour5 (carmen, a loaded machine): Enter in the queue and then a reason typed at once lost some of the
 * reason's letters. Showing the desk reloads the queue in the background; the clerk's keys come before
 * the load is back. Here the load is held back until the keys are typed, then let go, and every letter
 * must be in the reason field, which keeps the focus.
 */
@ExtendWith(ApplicationExtension.class)
class HoldReasonUnderLoadScreenTest {
    @RegisterExtension
    final HoldDeskScreen desk = new HoldDeskScreen();
    private final ScreenFixture screen = desk.screen;
    private HeldBackTasks tasks;
    private CreditHoldsController controller;

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook("pays late", 2);
        tasks = new HeldBackTasks(screen.tasks);
        controller = desk.desk(tasks, desk::manager);
        desk.show(stage, controller, 1258, 700);
    }

    /** The desk shown again (the shell's onShown: reload, queue focused) while the machine is slow. */
    @Test
    void aReasonTypedWhileTheQueueReloadsKeepsEveryLetter(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        TextArea reason = desk.reason(robot);
        robot.interact(controller::refresh);
        screen.await(30, () -> queue.getItems().size() == 2 && !reason.isDisabled());

        typeAReasonWhileTheLoadIsHeld(robot);

        assertThat(reason.getText()).as("the reason typed around the reload").isEqualTo("Paid by wire");
        assertThat(screen.settledFocus()).as("focus after the reload").isSameAs(reason);
    }

    /** The desk's first showing: the queue is still empty when Enter and the reason come. */
    @Test
    void aReasonTypedBeforeTheFirstLoadIsBackKeepsEveryLetter(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        TextArea reason = desk.reason(robot);
        typeAReasonWhileTheLoadIsHeld(robot);

        assertThat(queue.getSelectionModel().getSelectedItem()).as("the order the reason is for").isNotNull();
        assertThat(reason.getText()).as("the reason typed around the first load").isEqualTo("Paid by wire");
        assertThat(screen.settledFocus()).as("focus after the first load").isSameAs(reason);
    }

    /**
     * The shell's onShown on a slow machine: the queue reloads (its load held back) and is focused; Enter and
     * "Paid" come before the load is back, " by wire" after it.
     */
    private void typeAReasonWhileTheLoadIsHeld(FxRobot robot) throws Exception {
        robot.interact(() -> {
            screen.status.showMessage("Reloading"); // the load's own message then says when it is back
            tasks.hold();
            controller.refresh();
            controller.focusQueue();
        });
        robot.type(KeyCode.ENTER).write("Paid");
        letTheLoadsGo(robot);
        robot.write(" by wire");
    }

    /** Lets the held load go, and the detail load it starts, and waits until both are shown. */
    private void letTheLoadsGo(FxRobot robot) throws Exception {
        robot.interact(tasks::letGo);
        screen.await(30, () -> screen.lastMessage().equals(HoldDeskText.LOADED));
        screen.await(30, () -> !desk.holdButton(robot).isDisabled()); // the detail is shown
    }
}
