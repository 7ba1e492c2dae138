package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.print.DocumentRenderer;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import com.orderdesk.persistence.invoicing.InvoicingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An AR clerk exports the invoices not yet printed from the invoice printing screen (real SQLite file). */
@ExtendWith(ApplicationExtension.class)
class InvoicesScreenTest {
    private static final DocumentRenderer RENDERER = com.orderdesk.logic.invoicing.print.TestRenderers.demo();

    private InvoicingFixture fx;
    private InvoicingService service;
    private InvoicesController controller;
    private StatusBarModel status;
    private UiTaskRunner tasks;
    private Path out;
    private long waitingShipment;
    private final List<String> confirmed = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("invoices-screen-test");
        out = dir.resolve("pdf");
        fx = new InvoicingFixture(dir);
        service = fx.service();
        service.issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3), fx.ship(fx.acmeOrder(), 2, 1), fx.ship(fx.exemptOrder(), 4)), "ar1");
        service.recordPrint("INV-010002", "ar1");
        waitingShipment = fx.ship(fx.acmeOrder(), 1, 1);
        status = new StatusBarModel();
        tasks = new ExecutorTaskRunner(2);
        controller = new InvoicesController(new InvoicingDesk(service, () -> RENDERER, TestBook.CLOCK, () -> "ar2", 2),
                tasks, new Dialogs(), status);
        Scene scene = new Scene(Views.load(controller), 1400, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        controller.refresh();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        fx.book.db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<DocumentRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @Test
    void selectUnprintedInvoicesExportThemAndSeeTheProgressFinish(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        robot.clickOn("#printedBox").clickOn("Not yet printed");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).extracting(DocumentRow::number).containsExactly("INV-010003", "INV-010001");

        robot.clickOn("INV-010003").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        waitUntil(() -> table(robot).getSelectionModel().getSelectedItems().size() == 2);
        waitUntil(() -> robot.lookup("#pageImage").queryAs(ImageView.class).getImage() != null);

        robot.clickOn("#exportButton");
        waitUntil(() -> status.getLastMessage() != null && status.getLastMessage().startsWith("Exported"));

        assertThat(status.getLastMessage()).isEqualTo("Exported 2 PDFs (2 pages) to " + out);
        assertThat(robot.lookup("#progress").queryAs(TaskProgressBar.class).isVisible()).as("progress bar gone when done").isFalse();
        assertThat(out.resolve("INV-010001.pdf")).isRegularFile();
        assertThat(out.resolve("INV-010003.pdf")).isRegularFile();
        assertThat(out.resolve("INV-010002.pdf")).doesNotExist();
        assertThat(service.unprintedNumbers()).as("the first print is recorded").isEmpty();
        waitUntil(() -> table(robot).getItems().isEmpty()); // the list refreshed: nothing left unprinted
    }

    @Test
    void shippedShipmentsAreInvoicedFromTheScreenAfterOneConfirmation(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#issueButton").queryButton().getText().contains("(1)"));
        robot.clickOn("#issueButton");
        waitUntil(() -> status.getLastMessage() != null && status.getLastMessage().startsWith("Issued 1 invoices"));
        assertThat(confirmed).containsExactly("Issue 1 invoices / 1 shipped shipments");
        waitUntil(() -> table(robot).getItems().size() == 4);
        assertThat(service.shipmentsToInvoice()).isEmpty();
        assertThat(waitingShipment).isPositive();
    }

    /** Confirms everything and chooses the test's output folder. */
    private final class Dialogs implements DialogService {
        @Override
        public void info(String title, String message) {
        }

        @Override
        public void error(String whatHappened, String whatWasKept, String whatToDo) {
            throw new AssertionError(whatHappened);
        }

        @Override
        public void error(String whatHappened, String whatWasKept, String whatToDo, Throwable detail) {
            throw new AssertionError(whatHappened, detail);
        }

        @Override
        public boolean confirm(String action, String document, String consequence) {
            confirmed.add(action + " / " + document);
            return true;
        }

        @Override
        public Optional<Path> chooseFolder(String title, Path initial) {
            return Optional.of(out);
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, Path initialFolder, String filterName, String... extensions) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, String filterName,
                                               String... extensions) {
            return Optional.empty();
        }
    }
}
