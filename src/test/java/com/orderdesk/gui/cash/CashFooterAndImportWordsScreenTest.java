package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
    final ScreenFixture screen = new ScreenFixture();
    private CashFixture f;
    private Path dir;
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        ScreenFixture.allowSlowSetup();
        dir = Files.createTempDirectory("cash-footer-test");
        f = new CashFixture(dir);
        var ar1 = f.desk.user("ar1");
        controller = new CashMatchingController(new CashDeskServices(f.book.services().cash(),
                f.book.services().customers(), TestBook.CLOCK, () -> ar1), screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1258, 700);
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<DeskPayment> payments(FxRobot robot) {
        return robot.lookup("#paymentTable").queryAs(TableView.class);
    }

    private List<String> footer(FxRobot robot) throws Exception {
        FlowPane box = robot.lookup("#totalsBox").queryAs(FlowPane.class);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> box.getChildren().stream()
                .map(n -> ((Label) n).getText()).toList()).get();
    }

    @Test
    void theFooterAddsUpThePaymentsTheListShows(FxRobot robot) throws Exception {
        f.desk.importFile(CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv()), "ar1", p -> { }, () -> false);
        robot.interact(controller::refresh);
        ScreenFixture.waitUntil(30, () -> payments(robot).getItems().size() == 3);
        List<String> whole = footer(robot);
        assertThat(String.join(" ", whole)).contains(": 3 \u00b7 817.70");

        robot.clickOn("#searchField").write("Portland");
        ScreenFixture.waitUntil(30, () -> payments(robot).getItems().size() == 1);

        assertThat(String.join(" ", footer(robot))).as("footer under one payment of 250.00")
                .contains(": 1 \u00b7 250.00").doesNotContain("817.70").contains("1 of 3");
        robot.clickOn("#searchField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        ScreenFixture.waitUntil(30, () -> payments(robot).getItems().size() == 3);
        assertThat(footer(robot)).isEqualTo(whole);
    }

    @Test
    void theImportSaysWhatItBroughtInAndWhenBesideTheMatching(FxRobot robot) throws Exception {
        // one payment of another day than the one shown (TestBook.TODAY)
        screen.dialogs.fileToOpen = CashFixture.write(dir, "old.csv", """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-9,2014-12-31,8.85,USD,Name Name,,
                """);
        robot.clickOn("#importButton");
        ScreenFixture.waitUntil(30, () -> screen.status.getLastMessage().contains("Matched"));

        assertThat(screen.status.getLastMessage()).startsWith("old.csv: 1 payment imported (8.85), received ")
                .contains("2014").contains("Matched 1 payment");
    }
}
