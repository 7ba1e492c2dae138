package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.cash.CashFixture;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tour of 7 December (tour12, arthur): a camt.053 credit of EUR 8.85 read "8.85" in the list and in the detail,
 * and the footer added it into the dollars. It reads "EUR 8.85", the footer keeps it beside the dollars, and Post
 * refuses it with a sentence instead of posting 8.85 dollars.
 */
@ExtendWith(ApplicationExtension.class)
class CashForeignCurrencyScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();
    private CashFixture f;
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        f = cash.openBook("cash-ccy-test");
        cash.importPayments("lockbox.csv", CashFixture.paymentsCsv() + "B-4,2026-11-26,8.85,EUR,NAME NAME,,4654654654654654\n");
        cash.autoMatch();
        controller = cash.desk();
        cash.show(stage, controller, 1250, 768);
        controller.refresh();
    }

    private String onFx(java.util.concurrent.Callable<String> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void euroMoneyReadsWithItsCodeIsNotAddedIntoTheDollarsAndIsNotPosted(FxRobot robot) throws Exception {
        ScreenFixture.waitUntil(30, () -> cash.payments(robot).getItems().size() == 4);
        List<String> amounts = robot.lookup("#paymentTable .money-column").queryAll().stream()
                .filter(n -> n instanceof TableCell).map(n -> ((TableCell<?, ?>) n).getText()).map(t -> t == null ? "" : t).filter(t -> !t.isEmpty()).toList();
        assertThat(amounts).as("the list's amounts").contains("EUR 8.85", "77.70").doesNotContain("8.85");

        String footer = String.join(" | ", cash.footer(robot));
        // the unknown payer's 77.70 and the euros are both unapplied: two payments, dollars and euros apart
        assertThat(footer).contains(": 2 \u00b7 77.70 plus EUR 8.85").doesNotContain("86.55");

        robot.interact(() -> cash.payments(robot).getSelectionModel().select(cash.payments(robot).getItems().stream()
                .filter(DeskPayment::foreign).findFirst().orElseThrow()));
        ScreenFixture.waitUntil(30, () -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().foreign());
        assertThat(onFx(() -> robot.lookup("#paymentAmount").queryAs(Label.class).getText())).isEqualTo("EUR 8.85");
        assertThat(onFx(() -> robot.lookup("#proposalLabel").queryAs(Label.class).getText())).contains("payment in EUR");

        robot.interact(() -> robot.lookup("#postButton").queryButton().fire());
        javafx.scene.layout.VBox problems = robot.lookup("#problemsBox").queryAs(javafx.scene.layout.VBox.class);
        ScreenFixture.waitUntil(30, () -> !problems.getChildren().isEmpty());
        assertThat(onFx(() -> ((Label) problems.getChildren().get(0)).getText())).contains("EUR 8.85").contains("cannot be posted");
        assertThat(f.auditCount("CASH_APPLY")).isZero();
    }
}
