package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.cash.CashFixture;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A payment whose bank CSV named no currency (stored as XXX) read as dollars on the desk: its 300.00 was added into the
 * footer's dollars and Post took it for USD without a word. It now reads "no currency 300.00", stays apart in the
 * footer, and Post asks the clerk once whether it is USD: no posts nothing, yes posts it.
 */
@ExtendWith(ApplicationExtension.class)
class CashNoCurrencyScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();
    private CashFixture f;
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        f = cash.openBook("cash-noccy-test");
        cash.importPayments("bank.csv", CashFixture.paymentsCsv() + "N-1,2026-11-26,300.00,,ACME JANITORIAL SUPPLY INC,,INV-000102\n");
        cash.autoMatch();
        controller = cash.desk();
        cash.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @Test
    void itReadsAsNoCurrencyStaysOutOfTheDollarsAndIsPostedOnTheClerksWord(FxRobot robot) throws Exception {
        TableView<DeskPayment> list = cash.payments(robot);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 4);
        String footer = String.join(" | ", cash.footer(robot));
        assertThat(footer).contains(": 1 \u00b7 300.00 of no stated currency");

        DeskPayment unknown = list.getItems().stream().filter(p -> "XXX".equals(p.currency())).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(unknown));
        ScreenFixture.waitUntil(30, () -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().id() == unknown.id());
        assertThat(robot.lookup("#paymentAmount").queryAs(Label.class).getText()).isEqualTo("no currency 300.00");

        cash.screen.dialogs.confirmAnswer = false;
        robot.interact(() -> robot.lookup("#postButton").queryButton().fire());
        ScreenFixture.waitUntil(10, () -> !cash.screen.dialogs.confirms.isEmpty());
        assertThat(cash.screen.dialogs.confirms).containsExactly("Post as USD: payment " + unknown.number()
                + " of 300.00, whose file named no currency");
        Thread.sleep(500);
        assertThat(f.auditCount("CASH_APPLY")).isZero();

        cash.screen.dialogs.confirmAnswer = true;
        robot.interact(() -> robot.lookup("#postButton").queryButton().fire());
        ScreenFixture.waitUntil(30, () -> f.auditCount("CASH_APPLY") == 1);
        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
    }
}
