package com.orderdesk.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defects: the audit viewer showed raw key=value text and dates as "11/26/26"; it now reads each
 * entry as sentences and dates as every other screen does (Formats).
 */
@ExtendWith(ApplicationExtension.class)
class AuditViewerScreenTest {
    private static TestBook book;
    private UiTaskRunner tasks;
    private AuditViewerController controller;
    private final StatusBarModel status = new StatusBarModel();

    /** The book is made before the window (off TestFX's setup timeout on a busy machine). */
    @org.junit.jupiter.api.BeforeAll
    static void book() throws Exception {
        book = TestBook.create(Files.createTempDirectory("audit-viewer-test"));
        book.services().orders().save(book.clerk(), new OrderDraft(null, null, book.acmeId, book.acmeShipToId,
                OrderChannel.PHONE, "PO-AUD", null, null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 2, null, BigDecimal.ZERO))));
        book.arClerk();
        book.services().writeOffLimits().set(book.admin(), "ar1", com.orderdesk.model.common.Money.of("500.00"), "Small claims");
    }

    @Start
    void start(Stage stage) throws Exception {
        SignedInUser admin = book.admin();
        tasks = new ExecutorTaskRunner(1);
        controller = new AuditViewerController(book.services().auditTrail(), () -> admin, tasks, status, ZoneOffset.UTC);
        // the room the trail has in the main window at 1366 x 768, under the application's look
        com.orderdesk.gui.common.Truncation.applicationLook();
        Scene scene = new Scene(Views.load(controller), 1258, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
    }

    @org.junit.jupiter.api.AfterAll
    static void closeBook() {
        book.db.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditEntry> table(FxRobot robot) {
        return robot.lookup("#auditTable").queryAs(TableView.class);
    }

    private static String cell(TableView<AuditEntry> table, String column, int row) {
        TableColumn<AuditEntry, ?> c = table.getColumns().stream().filter(x -> x.getText().equals(column)).findFirst().orElseThrow();
        return String.valueOf(c.getCellData(row));
    }

    @Test
    void anOrdersEntriesReadAsSentencesWithTheDesksDateFormat(FxRobot robot) throws Exception {
        robot.clickOn("#documentField").write("SO-100001").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty());
        TableView<AuditEntry> t = table(robot);

        assertThat(t.getColumns()).extracting(TableColumn::getText).contains("What happened").doesNotContain("Before", "After");
        int saved = t.getItems().stream().map(AuditEntry::action).toList().indexOf("ORDER_SAVE");
        String sentence = cell(t, "What happened", saved);
        assertThat(sentence).startsWith("Order SO-100001 saved.").doesNotContain("=");
        assertThat(cell(t, "When", saved)).startsWith(Formats.forDefaultLocale().date(TestBook.TODAY) + ",");
        for (int i = 0; i < t.getItems().size(); i++) {
            assertThat(cell(t, "What happened", i)).as("row %d", i).doesNotContain("=").endsWith(".");
        }
        // the sentence and the time are made once per entry by the search's task, not anew (the
        // stored values parsed) each time a cell is painted: the trail's first fill held the FX thread
        TableColumn<AuditEntry, ?> what = t.getColumns().stream().filter(x -> x.getText().equals("What happened")).findFirst().orElseThrow();
        TableColumn<AuditEntry, ?> when = t.getColumns().stream().filter(x -> x.getText().equals("When")).findFirst().orElseThrow();
        assertThat(what.getCellData(saved)).as("the same sentence each paint").isSameAs(what.getCellData(saved));
        assertThat(when.getCellData(saved)).as("the same time each paint").isSameAs(when.getCellData(saved));

        // at 1366 px every column is in view, the time whole (it read "Nov 26, 2026, 10:..."), and
        // the selected entry reads whole below the table, however long its sentence
        assertThat(com.orderdesk.gui.common.Truncation.columnsOutOfView(t)).as("columns out of view").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(t)).as("headers cut").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutCells(t, "What happened", "Reason", "Chain")).as("cells cut").isEmpty();
        robot.clickOn("#auditTable").type(KeyCode.HOME);
        robot.interact(() -> t.getSelectionModel().select(saved));
        String detail = robot.lookup("#auditEntryDetail").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(detail).startsWith("Entry ").contains(cell(t, "When", saved)).contains("SO-100001")
                .contains("\n" + sentence);

        // an intact trail leaves the chain's column out, and what happened gets its room (tour of 5 December:
        // "Collector changed f..." beside an empty Chain column on the demo book)
        robot.interact(controller::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> controller.verification() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.verification().intact()).isTrue();
        assertThat(t.getVisibleLeafColumns()).extracting(TableColumn::getText).doesNotContain("Chain");
        assertThat(com.orderdesk.gui.common.Truncation.columnsOutOfView(t)).as("columns out of view").isEmpty();
    }

    @Test
    void aWriteOffLimitReadsAsASentenceNamingWhoseLimitItIs(FxRobot robot) throws Exception {
        // it read "User ar1 write off limit. Limit changed from $0.00 to $500.00."
        robot.clickOn("#documentField").write("ar1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .anyMatch(e -> e.action().equals("WRITE_OFF_LIMIT")));
        TableView<AuditEntry> t = table(robot);
        int row = t.getItems().stream().map(AuditEntry::action).toList().indexOf("WRITE_OFF_LIMIT");

        assertThat(cell(t, "What happened", row)).isEqualTo("Write-off limit set to $500.00 for ar1 (was none).");
        assertThat(cell(t, "Reason", row)).isEqualTo("Small claims");
    }

    /** A From that is no date is not searched: before, the search ran from the date the picker kept under it. */
    @Test
    void aFromThatIsNoDateIsNotSearched(FxRobot robot) throws Exception {
        robot.clickOn("#documentField").write("SO-100001").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty());
        int shown = table(robot).getItems().size();
        javafx.scene.control.DatePicker from = robot.lookup("#fromPicker").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(from.getEditor()).write("13/45/2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.lastMessageProperty().get() != null
                && status.lastMessageProperty().get().contains("is not a date"));
        assertThat(status.lastMessageProperty().get()).contains("\u201c13/45/2026\u201d is not a date");
        assertThat(table(robot).getItems()).hasSize(shown);
        assertThat(from.getEditor().getText()).isEqualTo("13/45/2026");
    }
}
