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
import javafx.scene.layout.FlowPane;
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
 * A payment whose bank CSV named no currency (stored as XXX) read as dollars on the desk: its 300.00 was added into the
 * footer's dollars and Post took it for USD without a word. It now reads "no currency 300.00", stays apart in the
 * footer, and Post asks the clerk once whether it is USD: no posts nothing, yes posts it.
 */
@ExtendWith(ApplicationExtension.class)
class CashNoCurrencyScreenTest {
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private CashFixture f;
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        ScreenFixture.allowSlowSetup();
        Path dir = Files.createTempDirectory("cash-noccy-test");
        f = new CashFixture(dir);
        f.desk.importFile(CashFixture.write(dir, "bank.csv", CashFixture.paymentsCsv()
                + "N-1,2026-11-26,300.00,,ACME JANITORIAL SUPPLY INC,,INV-000102\n"), "ar1", p -> { }, () -> false);
        f.desk.autoMatch(TestBook.TODAY, p -> { }, () -> false);
        var ar1 = f.desk.user("ar1");
        controller = new CashMatchingController(new CashDeskServices(f.book.services().cash(),
                f.book.services().customers(), TestBook.CLOCK, () -> ar1), screen.tasks, screen.dialogs, screen.status);
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    @Test
    void itReadsAsNoCurrencyStaysOutOfTheDollarsAndIsPostedOnTheClerksWord(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DeskPayment> list = robot.lookup("#paymentTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 4);
        FlowPane box = robot.lookup("#totalsBox").queryAs(FlowPane.class);
        String footer = WaitForAsyncUtils.asyncFx(() -> String.join(" | ", box.getChildren().stream()
                .map(n -> ((Label) n).getText()).toList())).get();
        assertThat(footer).contains(": 1 \u00b7 300.00 of no stated currency");

        DeskPayment unknown = list.getItems().stream().filter(p -> "XXX".equals(p.currency())).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(unknown));
        ScreenFixture.waitUntil(30, () -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().id() == unknown.id());
        assertThat(robot.lookup("#paymentAmount").queryAs(Label.class).getText()).isEqualTo("no currency 300.00");

        screen.dialogs.confirmAnswer = false;
        robot.interact(() -> robot.lookup("#postButton").queryButton().fire());
        ScreenFixture.waitUntil(10, () -> !screen.dialogs.confirms.isEmpty());
        assertThat(screen.dialogs.confirms).containsExactly("Post as USD: payment " + unknown.number()
                + " of 300.00, whose file named no currency");
        Thread.sleep(500);
        assertThat(f.auditCount("CASH_APPLY")).isZero();

        screen.dialogs.confirmAnswer = true;
        robot.interact(() -> robot.lookup("#postButton").queryButton().fire());
        ScreenFixture.waitUntil(30, () -> f.auditCount("CASH_APPLY") == 1);
        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
    }
}
