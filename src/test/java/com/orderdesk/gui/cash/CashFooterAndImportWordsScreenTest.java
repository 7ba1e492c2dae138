package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Tour of 7 December (arthur, demo book): the footer's totals added up the whole day while the search
 * showed 9 of 181 payments ("Auto: 31 · 53,717.19" above nine rows), and an import's own sentence (how
 * many payments, what total, received when) was replaced at once by the matching's, so a camt file of
 * 31 December 2014 came in without a word of its date.
 */
@ExtendWith(ApplicationExtension.class)
class CashFooterAndImportWordsScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        cash.openBook("cash-footer-test");
        controller = cash.desk();
        cash.show(stage, controller, 1258, 700);
    }

    @Test
    void theFooterAddsUpThePaymentsTheListShows(FxRobot robot) throws Exception {
        cash.importPayments("lockbox.csv", CashFixture.paymentsCsv());
        robot.interact(controller::refresh);
        ScreenFixture.waitUntil(30, () -> cash.payments(robot).getItems().size() == 3);
        List<String> whole = cash.footer(robot);
        assertThat(String.join(" ", whole)).contains(": 3 \u00b7 817.70");

        robot.clickOn("#searchField").write("Portland");
        ScreenFixture.waitUntil(30, () -> cash.payments(robot).getItems().size() == 1);

        assertThat(String.join(" ", cash.footer(robot))).as("footer under one payment of 250.00")
                .contains(": 1 \u00b7 250.00").doesNotContain("817.70").contains("1 of 3");
        robot.clickOn("#searchField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        ScreenFixture.waitUntil(30, () -> cash.payments(robot).getItems().size() == 3);
        assertThat(cash.footer(robot)).isEqualTo(whole);
    }

    @Test
    void theImportSaysWhatItBroughtInAndWhenBesideTheMatching(FxRobot robot) throws Exception {
        // one payment of another day than the one shown (TestBook.TODAY)
        cash.screen.dialogs.fileToOpen = CashFixture.write(cash.dir(), "old.csv", """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-9,2014-12-31,8.85,USD,Name Name,,
                """);
        robot.clickOn("#importButton");
        ScreenFixture.waitUntil(30, () -> cash.screen.status.getLastMessage().contains("Matched"));

        assertThat(cash.screen.status.getLastMessage()).startsWith("old.csv: 1 payment imported (8.85), received ")
                .contains("2014").contains("Matched 1 payment");
    }
}
