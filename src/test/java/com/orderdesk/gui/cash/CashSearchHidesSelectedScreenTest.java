package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.cash.CashFixture;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A search that hid the selected payment left its detail on the right (seen by the lead, 7 December): the clerk read,
 * and could post with Ctrl+S, a payment the list no longer showed. The detail now follows the list: the first payment
 * shown is selected and shown; with none shown the detail is emptied and says why.
 */
@ExtendWith(ApplicationExtension.class)
class CashSearchHidesSelectedScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        cash.openBook("cash-hidden-test");
        cash.importPayments("lockbox.csv", CashFixture.paymentsCsv());
        controller = cash.desk();
        cash.show(stage, controller, 1366, 768);
        controller.refresh();
    }

    @Test
    void theDetailFollowsWhatTheSearchShows(FxRobot robot) throws Exception {
        TableView<DeskPayment> table = cash.payments(robot);
        Label title = robot.lookup("#paymentTitle").queryAs(Label.class);
        Label payer = robot.lookup("#payerLabel").queryAs(Label.class);
        ScreenFixture.waitUntil(30, () -> table.getItems().size() == 3);
        DeskPayment acme = table.getItems().stream().filter(p -> p.payerName().startsWith("ACME")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(acme));
        ScreenFixture.waitUntil(30, () -> title.getText().startsWith(acme.number()));

        robot.clickOn("#searchField").write("Portland");
        ScreenFixture.waitUntil(10, () -> table.getItems().size() == 1);
        DeskPayment portland = table.getItems().get(0);
        ScreenFixture.waitUntil(10, () -> title.getText().startsWith(portland.number()));
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(portland);
        assertThat(payer.getText()).contains("Portland");

        robot.type(KeyCode.X, KeyCode.Y, KeyCode.Z); // "Portlandxyz": none
        ScreenFixture.waitUntil(10, table.getItems()::isEmpty);
        ScreenFixture.waitUntil(10, () -> !title.getText().startsWith(portland.number()));
        assertThat(title.getText()).isEqualTo("No payment shown: none matches the search and status.");
        assertThat(payer.getText()).isEmpty();
        assertThat(robot.lookup("#invoiceTable").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(controller.applyModel().detail()).as("nothing for Ctrl+S to post").isNull();
    }
}
