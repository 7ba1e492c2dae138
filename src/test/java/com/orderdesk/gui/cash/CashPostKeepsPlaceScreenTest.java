package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
    final ScreenFixture screen = new ScreenFixture();
    private CashFixture f;
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        ScreenFixture.allowSlowSetup();
        Path dir = Files.createTempDirectory("cash-place-test");
        f = new CashFixture(dir);
        // two payments of earlier days, still open: listed under today's, latest day first
        f.desk.importFile(CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv()
                + "O-1,2026-11-21,300.00,USD,Acme Janitorial Supply,,INV-000102\n"
                + "O-2,2026-11-20,12.34,USD,Somebody Else,,\n"), "ar1", p -> { }, () -> false);
        f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
        var ar1 = f.desk.user("ar1");
        controller = new CashMatchingController(new CashDeskServices(f.book.services().cash(),
                f.book.services().customers(), TestBook.CLOCK, () -> ar1), screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1250, 768);
        controller.refresh();
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<DeskPayment> payments(FxRobot robot) {
        return robot.lookup("#paymentTable").queryAs(TableView.class);
    }

    private DeskPayment selected(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> payments(robot).getSelectionModel().getSelectedItem()).get();
    }

    @Test
    void postingAnEarlierDaysPaymentKeepsItListedAndSelectsTheNextToWork(FxRobot robot) throws Exception {
        ScreenFixture.waitUntil(30, () -> payments(robot).getItems().size() == 5);
        DeskPayment older = payments(robot).getItems().stream().filter(p -> p.receivedDate().getDayOfMonth() == 21)
                .findFirst().orElseThrow();
        robot.interact(() -> payments(robot).getSelectionModel().select(older));
        ScreenFixture.waitUntil(30, () -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().id() == older.id()
                && !controller.applyModel().rows().isEmpty());

        robot.interact(() -> robot.lookup("#postButton").queryButton().fire());
        ScreenFixture.waitUntil(30, () -> screen.status.getLastMessage() != null
                && screen.status.getLastMessage().endsWith("posted"));
        ScreenFixture.waitUntil(30, () -> payments(robot).getItems().stream()
                .anyMatch(p -> p.id() == older.id() && p.status() == DeskStatus.APPLIED));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(payments(robot).getItems()).as("the day's list after the post").hasSize(5);
        DeskPayment now = selected(robot);
        assertThat(now).as("selected after the post").isNotNull();
        assertThat(now.receivedDate().getDayOfMonth()).as("the next payment to work: the one of the 20th").isEqualTo(20);
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
