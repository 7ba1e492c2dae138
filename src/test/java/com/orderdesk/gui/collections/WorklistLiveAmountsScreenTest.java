package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
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
 * The AR clerk's morning: the worklist opens on the day's predictions; Acme then pays its oldest
 * invoice and a backdated invoice is entered for a new customer. Reload (F5) shows both at once:
 * Acme's open and overdue from the book (they stayed at the morning's run before), and the new
 * customer listed, its prediction said to be still to come rather than shown as 0 %.
 */
@ExtendWith(ApplicationExtension.class)
class WorklistLiveAmountsScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private final CountedTasks tasks = new CountedTasks();
    private CollectionsFixture f;

    @Start
    void start(Stage stage) throws Exception {
        f = desk.openBook();
        desk.worklist(stage, f.services, tasks, desk::signedIn, 1366);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void reloadShowsAPaymentPostedAndACustomerInvoicedSinceTheMorningsRun(FxRobot robot) throws Exception {
        TableView<WorklistRow> table = desk.worklistTable(robot);
        ScreenFixture.waitUntil(60, () -> desk.screen.lastMessage().startsWith("Worklist loaded: 2 customers"));
        f.pay("C-10001", "INV-7101", "5000.00", TestBook.TODAY);
        f.overdueCustomers(1);

        robot.clickOn(table).type(KeyCode.F5);
        ScreenFixture.waitUntil(60, () -> desk.screen.lastMessage().startsWith("Worklist loaded: 3 customers"));
        WorklistRow acme = table.getItems().stream().filter(r -> r.customerNo().equals("C-10001")).findFirst().orElseThrow();
        assertThat(acme.open()).isEqualTo(Money.of("300.00"));
        assertThat(acme.overdue()).isEqualTo(Money.of("300.00"));

        robot.clickOn("Overdue Customer 1");
        ScreenFixture.waitUntil(10, () -> robot.lookup("#predictionLabel").queryAs(Label.class).getText()
                .equals(PredictionTexts.NOT_PREDICTED));
        WorklistRow late = table.getSelectionModel().getSelectedItem();
        assertThat(late.overdue()).isEqualTo(Money.of("1000.00"));
        var share = table.getColumns().stream().filter(c -> c.getText().equals("P(late 30)")).findFirst().orElseThrow();
        assertThat(share.getCellData(late)).isEqualTo("");
    }
}
