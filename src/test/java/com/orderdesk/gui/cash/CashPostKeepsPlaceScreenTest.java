package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.persistence.cash.CashFixture;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tour of 7 December (tour12, arthur): posting a payment received on an earlier day dropped it from the day's list
 * and put the selection on the first row, so the clerk lost his place. The payment stays in the day's list (worked
 * that day), and the selection moves on to the next payment still to work.
 */
@ExtendWith(ApplicationExtension.class)
class CashPostKeepsPlaceScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        cash.openBook("cash-place-test");
        // two payments of earlier days, still open: listed under today's, latest day first
        cash.importPayments("lockbox.csv", CashFixture.paymentsCsv()
                + "O-1,2026-11-21,300.00,USD,Acme Janitorial Supply,,INV-000102\n"
                + "O-2,2026-11-20,12.34,USD,Somebody Else,,\n");
        cash.autoMatch();
        controller = cash.desk();
        cash.show(stage, controller, 1250, 768);
        controller.refresh();
    }

    private DeskPayment selected(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> cash.payments(robot).getSelectionModel().getSelectedItem()).get();
    }

    @Test
    void postingAnEarlierDaysPaymentKeepsItListedAndSelectsTheNextToWork(FxRobot robot) throws Exception {
        ScreenFixture.waitUntil(30, () -> cash.payments(robot).getItems().size() == 5);
        DeskPayment older = cash.payments(robot).getItems().stream().filter(p -> p.receivedDate().getDayOfMonth() == 21)
                .findFirst().orElseThrow();
        robot.interact(() -> cash.payments(robot).getSelectionModel().select(older));
        ScreenFixture.waitUntil(30, () -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().id() == older.id()
                && !controller.applyModel().rows().isEmpty());

        robot.interact(() -> robot.lookup("#postButton").queryButton().fire());
        ScreenFixture.waitUntil(30, () -> cash.screen.status.getLastMessage() != null
                && cash.screen.status.getLastMessage().endsWith("posted"));
        ScreenFixture.waitUntil(30, () -> cash.payments(robot).getItems().stream()
                .anyMatch(p -> p.id() == older.id() && p.status() == DeskStatus.APPLIED));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cash.payments(robot).getItems()).as("the day's list after the post").hasSize(5);
        DeskPayment now = selected(robot);
        assertThat(now).as("selected after the post").isNotNull();
        assertThat(now.receivedDate().getDayOfMonth()).as("the next payment to work: the one of the 20th").isEqualTo(20);
        assertThat(cash.screen.dialogs.errors).isEmpty();
    }
}
