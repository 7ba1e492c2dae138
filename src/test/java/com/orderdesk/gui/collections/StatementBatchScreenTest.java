package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.TestFiles;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import com.orderdesk.reporting.StatementPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** From the worklist an AR clerk presses Ctrl+Shift+P, picks a folder, and gets one statement PDF per customer owing money. */
@ExtendWith(ApplicationExtension.class)
class StatementBatchScreenTest extends ScreenTestOnOneBook {
    private static CollectionsFixture f;
    private static Path folder;
    /** Milliseconds each statement takes to write, to give a person time to cancel. */
    private static volatile long writeDelay;

    @BeforeAll
    static void book() throws Exception {
        f = new CollectionsFixture(book);
        folder = dir.resolve("statements");
        Files.createDirectories(folder);
    }

    @Start
    void start(Stage stage) throws Exception {
        var ar = f.ar();
        AppServices services = f.services;
        WorklistController controller = new WorklistController(new WorklistViewModel(services.collections(), () -> ar),
                new StatementBatchViewModel(services.statements(), dir -> slowly(new StatementPdfs(services.renderer(), dir)::write),
                        dir -> new StatementPdfs(services.renderer(), dir)::write, () -> ar), screen.tasks, screen.dialogs,
                screen.status);
        screen.show(stage, controller, 1366, 700);
        controller.refresh();
    }

    private static com.orderdesk.application.collections.StatementUseCases.StatementWriter slowly(
            com.orderdesk.application.collections.StatementUseCases.StatementWriter writer) {
        return statement -> {
            try {
                Thread.sleep(writeDelay);
            } catch (InterruptedException e) {
                throw new IllegalStateException("the statement in hand was interrupted", e);
            }
            return writer.write(statement);
        };
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(90, condition);
    }

    private String lastMessage() {
        return screen.lastMessage();
    }

    @Test
    void ctrlShiftPWritesTodaysStatementOfEveryCustomerOwingMoney(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#worklistTable").queryAs(TableView.class).getItems().size() == 2);
        screen.dialogs.folder = folder;
        robot.clickOn("#worklistTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT,
                KeyCode.CONTROL);
        waitUntil(() -> lastMessage().contains("statements of"));

        assertThat(lastMessage()).startsWith("2 statements of").contains("5,420.00").contains("0 with a zero or credit balance");
        assertThat(screen.dialogs.errors).isEmpty();
        List<String> files = TestFiles.names(folder);
        assertThat(files).containsExactly("STMT-C-10001-" + TestBook.TODAY + ".pdf", "STMT-C-10002-" + TestBook.TODAY + ".pdf");
        assertThat(TestFiles.pdfText(folder.resolve(files.get(1)))).contains("STATEMENT OF ACCOUNT", "C-10002", "INV-8101", "120.00");
    }

    @Test
    void activityForAPeriodWritesEachCustomersMovementsBetweenItsOpeningAndClosingBalance(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#worklistTable").queryAs(TableView.class).getItems().size() == 2);
        Path activity = dir.resolve("activity");
        Files.createDirectories(activity);
        screen.dialogs.folder = activity;
        screen.dialogs.statementChoice = new com.orderdesk.gui.common.StatementChoice(
                com.orderdesk.logic.invoicing.print.StatementKind.ACTIVITY, java.time.LocalDate.of(2026, 10, 1),
                java.time.LocalDate.of(2026, 10, 31));
        try {
            robot.clickOn("#worklistTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT,
                    KeyCode.CONTROL);
            waitUntil(() -> lastMessage().contains("activity statements of"));
        } finally {
            screen.dialogs.statementChoice = null;
        }

        assertThat(lastMessage()).startsWith("2 activity statements of").contains("11,120.00")
                .contains("0 with no movement and nothing owed left out");
        assertThat(TestFiles.names(activity)).containsExactly("STMT-C-10001-2026-10-01-to-2026-10-31.pdf",
                "STMT-C-10002-2026-10-01-to-2026-10-31.pdf");
        assertThat(TestFiles.pdfText(activity.resolve("STMT-C-10002-2026-10-01-to-2026-10-31.pdf")))
                .contains("Opening balance", "900.00", "INV-8101", "1,020.00", "Closing balance");
        assertThat(screen.dialogs.errors).isEmpty();
    }

    @Test
    void escStopsTheBatchAfterTheStatementInHandAndSaysHowManyWereWritten(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#worklistTable").queryAs(TableView.class).getItems().size() == 2);
        Path stopped = dir.resolve("stopped");
        Files.createDirectories(stopped);
        screen.dialogs.folder = stopped;
        writeDelay = 3000;
        try {
            robot.clickOn("#worklistTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT,
                    KeyCode.CONTROL);
            javafx.scene.control.Label message = robot.lookup("#taskMessage").queryAs(javafx.scene.control.Label.class);
            waitUntil(() -> message.getText() != null && message.getText().equals("Customer 1 of 2: C-10001"));
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> lastMessage().contains("cancelled"));
        } finally {
            writeDelay = 0;
        }

        assertThat(lastMessage()).startsWith("Wrote 1 statement (1 of 2 customers); cancelled. They are in " + stopped);
        assertThat(TestFiles.names(stopped)).as("the statement in hand finished, none after it")
                .containsExactly("STMT-C-10001-" + TestBook.TODAY + ".pdf");
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
