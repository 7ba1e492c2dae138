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
 * A search that shows none of the day's payments (the lead's look at the AR desk, 7 December: "EUR" on a day with
 * 176 payments) said "No payments for this day. Import a bank file or ..." and "Shown 0 of 176:" with nothing after
 * the colon. The list now says the search and status shown match none, and the footer counts without a colon.
 */
@ExtendWith(ApplicationExtension.class)
class CashSearchFindsNothingScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();

    @Start
    void start(Stage stage) throws Exception {
        cash.openBook("cash-none-test");
        cash.importPayments("lockbox.csv", CashFixture.paymentsCsv());
        CashMatchingController controller = cash.desk();
        cash.show(stage, controller, 1366, 768);
        controller.refresh();
    }

    @Test
    void aSearchThatShowsNoneOfTheDaysPaymentsSaysSo(FxRobot robot) throws Exception {
        TableView<DeskPayment> table = cash.payments(robot);
        ScreenFixture.waitUntil(30, () -> !table.getItems().isEmpty());
        int day = table.getItems().size();

        robot.clickOn("#searchField").write("NO-SUCH-PAYER");
        ScreenFixture.waitUntil(10, table.getItems()::isEmpty);
        assertThat(((Label) table.getPlaceholder()).getText())
                .isEqualTo("No payment of this day matches the search and status chosen.");
        assertThat(robot.lookup("#total-shown").queryAs(Label.class).getText()).isEqualTo("Shown 0 of " + day);
    }
}
