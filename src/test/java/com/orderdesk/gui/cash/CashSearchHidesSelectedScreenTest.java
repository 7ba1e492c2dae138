package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
    final ScreenFixture screen = new ScreenFixture();
    private CashFixture f;
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        ScreenFixture.allowSlowSetup();
        Path dir = Files.createTempDirectory("cash-hidden-test");
        f = new CashFixture(dir);
        f.desk.importFile(CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv()), "ar1", p -> { }, () -> false);
        var ar1 = f.desk.user("ar1");
        controller = new CashMatchingController(new CashDeskServices(f.book.services().cash(),
                f.book.services().customers(), TestBook.CLOCK, () -> ar1), screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1366, 768);
        controller.refresh();
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    @Test
    void theDetailFollowsWhatTheSearchShows(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DeskPayment> table = robot.lookup("#paymentTable").queryAs(TableView.class);
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
