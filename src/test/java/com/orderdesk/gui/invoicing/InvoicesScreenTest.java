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
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.invoicing.InvoicingAsUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
    private InvoicingAsUsers service;
    private InvoicesController controller;
    private StatusBarModel status;
    private UiTaskRunner tasks;
    private Path out;
    private long waitingShipment;
    private final List<String> confirmed = new ArrayList<>();
    /** Titles of the folder dialogs asked for. */
    private final List<String> folderTitles = new ArrayList<>();
    /** Error dialogs shown; a test that expects one sets {@link #errorsExpected}, else an error fails the test. */
    private final List<String> errors = new ArrayList<>();
    private volatile boolean errorsExpected;
    /** Milliseconds each document takes to load, to give a person time to cancel. */
    private volatile long loadDelay;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("invoices-screen-test");
        out = dir.resolve("pdf");
        fx = new InvoicingFixture(dir);
        service = fx.service();
        service.issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3), fx.ship(fx.acmeOrder(), 2, 1), fx.ship(fx.exemptOrder(), 4)), "ar1");
        service.recordPrint("INV-010002", "ar1");
        waitingShipment = fx.ship(fx.acmeOrder(), 1, 1);
        status = new StatusBarModel();
        tasks = new ExecutorTaskRunner(2);
        var ar2 = service.user("ar2");
        controller = new InvoicesController(new InvoicingDesk(new SlowInvoiceBook(service.useCases(), () -> loadDelay), () -> RENDERER,
                TestBook.CLOCK, () -> ar2, 1),
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
        waitUntil(20, condition);
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static int firstIndexOf(javafx.scene.control.ListView<?> list, String shipmentNumber) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (((com.orderdesk.logic.invoicing.ShipmentToInvoice) list.getItems().get(i)).shipmentNumber().equals(shipmentNumber)) {
                return i;
            }
        }
        throw new AssertionError(shipmentNumber + " is not among the shipments to invoice");
    }

    private TableView<DocumentRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    /** At 1366 px the open amount and the status lay beyond the list's edge, beside the preview. */
    @Test
    void at1366TheListShowsNumberCustomerDueOpenAndStatusWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            com.orderdesk.gui.common.Truncation.applicationLook();
            stage.setWidth(1258);
        });
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> t = (TableView<DocumentRow>) stage.getScene().lookup("#table");
        waitUntil(() -> t.getItems().size() == 3);
        List<String> beyond = com.orderdesk.gui.common.Truncation.columnsOutOfView(t);
        assertThat(beyond).as("columns beyond the list's edge").doesNotContain("Number", "Customer", "Due", "Open", "Status", "Total");
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(t)).as("headers cut").isEmpty();
        // the customer by its name, whole (with its number first it ended in "...")
        assertThat(com.orderdesk.gui.common.Truncation.cutCells(t)).as("cells cut").isEmpty();
    }

    /**
     * Defect (tour of 5 December 2026, demo book at 1366 px): long customer names wrapped onto a second
     * line (rows of uneven height) and the Date column showed as a sliver ("D") at the list's edge.
     */
    @Test
    void at1366RowsKeepOneHeightAndNoColumnShowsAsASliver(FxRobot robot) throws Exception {
        try (java.sql.Connection c = fx.book.db.openJdbcConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("UPDATE customer SET name = ? WHERE id = ?")) {
            ps.setString(1, "First Choice Building Maintenance Enterprises");
            ps.setLong(2, fx.book.acmeId);
            ps.executeUpdate();
        }
        robot.interact(() -> {
            com.orderdesk.gui.common.Truncation.applicationLook();
            stage.setWidth(1258);
            controller.refresh();
        });
        TableView<DocumentRow> t = table(robot);
        waitUntil(() -> t.getItems().size() == 3 && t.getItems().stream().anyMatch(r -> r.customerName().startsWith("First Choice")));
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> heights = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null)
                .map(n -> ((javafx.scene.layout.Region) n).getHeight()).distinct().toList();
        assertThat(heights).as("row heights").hasSize(1);
        double room = t.getWidth() - t.snappedLeftInset() - t.snappedRightInset();
        double right = 0;
        List<String> slivers = new ArrayList<>();
        for (var c : t.getVisibleLeafColumns()) {
            double left = right;
            right += c.getWidth();
            if (left < room - 12 && right > room + 4) {
                slivers.add(c.getText() + " (" + Math.round(room - left) + " of " + Math.round(c.getWidth()) + " px)");
            }
        }
        assertThat(slivers).as("columns cut by the list's edge").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.columnsOutOfView(t)).as("columns beyond the edge")
                .doesNotContain("Number", "Customer", "Due", "Open", "Status", "Total");
    }

    @Test
    void selectUnprintedInvoicesExportThemAndSeeTheProgressFinish(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        robot.clickOn("#printedBox").clickOn("Not yet printed");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).extracting(DocumentRow::number).containsExactly("INV-010003", "INV-010001");

        robot.clickOn("INV-010003").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        waitUntil(() -> table(robot).getSelectionModel().getSelectedItems().size() == 2);
        // the first preview of the run may compile the template: slow on a loaded machine
        waitUntil(60, () -> robot.lookup("#pageImage").queryAs(ImageView.class).getImage() != null);

        robot.clickOn("#exportButton");
        waitUntil(60, () -> status.getLastMessage() != null && status.getLastMessage().startsWith("Exported"));

        assertThat(status.getLastMessage()).isEqualTo("Exported 2 PDFs (2 pages) to " + out);
        assertThat(folderTitles).containsExactly("Export 2 PDFs to");
        assertThat(robot.lookup("#progress").queryAs(TaskProgressBar.class).isVisible()).as("progress bar gone when done").isFalse();
        assertThat(out.resolve("INV-010001.pdf")).isRegularFile();
        assertThat(out.resolve("INV-010003.pdf")).isRegularFile();
        assertThat(out.resolve("INV-010002.pdf")).doesNotExist();
        assertThat(service.unprintedNumbers()).as("the first print is recorded").isEmpty();
        waitUntil(() -> table(robot).getItems().isEmpty()); // the list refreshed: nothing left unprinted
    }

    @Test
    void theClerkChoosesWhichShippedShipmentsToInvoice(FxRobot robot) throws Exception {
        long second = fx.ship(fx.exemptOrder(), 4);
        robot.interact(controller::refresh);
        waitUntil(() -> robot.lookup("#issueButton").queryButton().getText().contains("(2)"));
        robot.clickOn("#issueButton");
        waitUntil(() -> robot.lookup("#issueSelected").tryQuery().isPresent());
        assertThat(robot.lookup("#issueSelected").queryButton().getText()).isEqualTo("Issue 2 invoices");
        // the dialog says the keyboard's way to leave one out, and the keys do it: Ctrl+Down to the second, Ctrl+Space
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Label l
                && ShipmentsToInvoiceDialog.LEAVE_ONE_OUT.equals(l.getText())).tryQuery()).isPresent();
        // by its id: a combo box's pop-up list is a list view too
        javafx.scene.control.ListView<?> list = robot.lookup("#shipmentsToInvoice").queryAs(javafx.scene.control.ListView.class);
        int at = firstIndexOf(list, "SH-100005");
        robot.interact(list::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME);
        for (int i = 0; i < at; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.SPACE).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#issueSelected").queryButton().getText().equals("Issue 1 invoice"));
        robot.clickOn("#issueSelected");

        waitUntil(() -> status.getLastMessage() != null && status.getLastMessage().startsWith("Issued 1 invoice: "));
        waitUntil(() -> table(robot).getItems().size() == 4);
        assertThat(service.shipmentsToInvoice()).extracting(s -> s.shipmentId()).containsExactly(second);
        assertThat(service.list(com.orderdesk.logic.invoicing.DocumentFilter.all(TestBook.TODAY)).get(0).reference())
                .as("the invoice bills the shipment left selected").isNotNull();
        assertThat(waitingShipment).isNotEqualTo(second);
        assertThat(confirmed).isEmpty();
    }

    /**
     * Defect (tour of 6 December 2026, demo book at 1366 px): the credit memo dialog cut its choices
     * ("Everything not y...", "invoiced 1 ...") and opened on "Issue credit memo" instead of the first choice.
     */
    @Test
    void theCreditMemoDialogShowsItsChoicesWholeAndOpensOnTheFirst(FxRobot robot) throws Exception {
        robot.interact(com.orderdesk.gui.common.Truncation::applicationLook);
        waitUntil(() -> table(robot).getItems().size() == 3);
        robot.clickOn("INV-010001").clickOn("#creditMemoButton");
        waitUntil(() -> robot.lookup("#creditQty1").tryQuery().isPresent());
        javafx.scene.Node pane = robot.lookup(".dialog-pane").query();
        assertThat(com.orderdesk.gui.common.Truncation.cutLabels(pane, ".radio-button")).as("choices cut").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutLabels(pane, ".label")).as("labels cut").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutPrompts(pane)).as("prompts cut").isEmpty();
        assertThat(pane.getScene().getFocusOwner()).as("focus on opening")
                .isInstanceOfSatisfying(javafx.scene.control.RadioButton.class, b -> assertThat(b.getText()).isEqualTo("Everything not yet credited"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aClerkCreditsChosenLinesByQuantity(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        robot.clickOn("INV-010001");
        robot.clickOn("#creditMemoButton");
        waitUntil(() -> robot.lookup("#creditQty1").tryQuery().isPresent());
        // what Issue would credit shows before it is issued, and follows the typing (tour12: no amount until issued)
        assertThat(robot.lookup("#creditPreview").queryLabeled().getText()).as("everything").endsWith("Total credit  231.13");
        robot.clickOn("Chosen lines, by quantity:");
        robot.clickOn("#creditQty1").write("2");
        assertThat(robot.lookup("#creditPreview").queryLabeled().getText().split("\n"))
                .containsExactly("1  GLV-NIT-L  2 BX  21.98", "Tax  1.37", "Total credit  23.35");
        robot.clickOn("#creditReason").write("Two boxes returned damaged");
        robot.clickOn("Issue credit memo");

        waitUntil(() -> status.getLastMessage() != null && status.getLastMessage().startsWith("Credit memo"));
        assertThat(status.getLastMessage()).isEqualTo("Credit memo CM-001001 issued on INV-010001");
        // 2 x 10.99 = 21.98 plus 6.25 % Illinois tax 1.37
        assertThat(service.list(com.orderdesk.logic.invoicing.DocumentFilter.all(TestBook.TODAY)))
                .filteredOn(r -> r.number().equals("CM-001001"))
                .singleElement().satisfies(r -> assertThat(r.total()).isEqualTo(com.orderdesk.model.common.Money.of("23.35")));
    }

    /**
     * Defect (tour of 5 December 2026, demo book): the first preview of a run took seconds while the
     * pane, under "Invoice INV-012118", still said "Select an invoice or credit memo to preview it here."
     */
    @Test
    void whileTheSelectedDocumentIsPreparedThePreviewSaysSo(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        Label hint = robot.lookup("#previewHint").queryAs(Label.class);
        assertThat(hint.getText()).startsWith("Select an invoice");
        loadDelay = 3000;
        robot.clickOn("INV-010001");
        waitUntil(() -> hint.getText().startsWith("Preparing"));
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo("Preparing the preview of INV-010001\u2026");
        waitUntil(60, () -> robot.lookup("#pageImage").queryAs(ImageView.class).getImage() != null);
        assertThat(hint.isVisible()).as("the page drawn, the hint gone").isFalse();
    }

    @Test
    void cancellingTheBatchExportStopsBeforeTheNextDocumentAndKeepsWhatWasWritten(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        loadDelay = 1500;
        robot.clickOn("#exportUnprintedButton");
        waitUntil(() -> robot.lookup("#taskCancel").queryButton().isVisible());
        robot.clickOn("#taskCancel");
        waitUntil(() -> status.getLastMessage() != null && status.getLastMessage().contains("cancelled"));
        waitUntil(() -> service.unprintedNumbers().equals(List.of("INV-010003")));
        assertThat(status.getLastMessage()).as("how many of how many").isEqualTo("Exported 1 of 2 PDFs; cancelled");

        assertThat(out.resolve("INV-010001.pdf")).as("the document in progress is finished").isRegularFile();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("nothing after it, nothing half-written")
                    .containsExactly("INV-010001.pdf");
        }
        assertThat(robot.lookup("#progress").queryAs(TaskProgressBar.class).isVisible()).isFalse();
    }

    /** The screen's shortcut list (F1): Ctrl+F, F5, Alt+N, Ctrl+P and Ctrl+E, pressed as a clerk would. */
    @Test
    void theScreensKeysDoWhatItsShortcutListSays(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        javafx.scene.Scene scene = stage.getScene();
        robot.clickOn("INV-010001");
        // Ctrl+F from the list: the search field
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> scene.getFocusOwner() == scene.lookup("#searchField"));

        // F5 reads the book again: a shipment shipped meanwhile shows on the issue button
        fx.ship(fx.exemptOrder(), 4);
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#issueButton").queryButton().getText().contains("(2)"));

        // Alt+N: the shipments to invoice, to choose from (Esc leaves them)
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#issueSelected").tryQuery().isPresent());
        assertThat(robot.lookup("#issueSelected").queryButton().getText()).isEqualTo("Issue 2 invoices");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#issueSelected").tryQuery().isEmpty());

        // Ctrl+P with the list's selection: the system print dialog, or, with no printer, why not
        errorsExpected = true;
        robot.clickOn("INV-010001");
        waitUntil(() -> robot.lookup("#pageImage").queryAs(ImageView.class).getImage() != null);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        if (!com.orderdesk.gui.invoicing.DocumentPrinting.hasPrinter()) {
            waitUntil(() -> !errors.isEmpty());
            assertThat(errors).containsExactly("Printing is not possible: no printer is installed on this computer.");
        }

        // Ctrl+E exports the selected document as a PDF to the folder chosen
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(60, () -> status.getLastMessage() != null && status.getLastMessage().startsWith("Exported"));
        // one document reads as one (it said "Exported 1 PDFs (1 pages)", and the folder dialog "Export 1 PDFs to")
        assertThat(status.getLastMessage()).isEqualTo("Exported 1 PDF (1 page) to " + out);
        assertThat(folderTitles).last().isEqualTo("Export 1 PDF to");
        assertThat(out.resolve("INV-010001.pdf")).isRegularFile();
        assertThat(out.resolve("INV-010003.pdf")).doesNotExist();
    }

    /** Confirms everything and chooses the test's output folder. */
    private final class Dialogs implements DialogService {
        @Override
        public void info(String title, String message) {
        }

        @Override
        public void error(String whatHappened, String whatWasKept, String whatToDo) {
            errors.add(whatHappened);
            if (!errorsExpected) {
                throw new AssertionError(whatHappened);
            }
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
            folderTitles.add(title);
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
