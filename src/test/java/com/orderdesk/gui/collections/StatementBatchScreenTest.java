package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import com.orderdesk.reporting.StatementPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** From the worklist an AR clerk presses Ctrl+Shift+P, picks a folder, and gets one statement PDF per customer owing money. */
@ExtendWith(ApplicationExtension.class)
class StatementBatchScreenTest {
    private static CollectionsFixture f;
    private static Path folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StatusBarModel status;
    private UiTaskRunner tasks;

    @BeforeAll
    static void book() throws Exception {
        Path dir = Files.createTempDirectory("statement-batch-test");
        f = new CollectionsFixture(dir);
        folder = dir.resolve("statements");
        Files.createDirectories(folder);
    }

    @Start
    void start(Stage stage) throws Exception {
        status = new StatusBarModel();
        tasks = new ExecutorTaskRunner(2);
        var ar = f.ar();
        AppServices services = f.services;
        WorklistController controller = new WorklistController(new WorklistViewModel(services.collections(), () -> ar),
                new StatementBatchViewModel(services.statements(), dir -> new StatementPdfs(services.renderer(), dir)::write,
                        () -> ar), tasks, dialogs, status);
        Scene scene = new Scene(Views.load(controller), 1366, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        controller.refresh();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
    }

    @AfterAll
    static void closeBook() {
        f.book.db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String lastMessage() {
        return status.getLastMessage() == null ? "" : status.getLastMessage();
    }

    @Test
    void ctrlShiftPWritesTodaysStatementOfEveryCustomerOwingMoney(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#worklistTable").queryAs(TableView.class).getItems().size() == 2);
        dialogs.folder = folder;
        robot.clickOn("#worklistTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT,
                KeyCode.CONTROL);
        waitUntil(() -> lastMessage().contains("statements of"));

        assertThat(lastMessage()).startsWith("2 statements of").contains("5,420.00").contains("0 with a zero or credit balance");
        assertThat(dialogs.errors).isEmpty();
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).containsExactly("STMT-C-10001-" + TestBook.TODAY + ".pdf", "STMT-C-10002-" + TestBook.TODAY + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(folder.resolve(files.get(1)).toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("STATEMENT OF ACCOUNT", "C-10002", "INV-8101", "120.00");
        }
    }
}
