package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An AR user counts the period's deductions by reason, then by customer, and exports them as CSV. */
@ExtendWith(ApplicationExtension.class)
class RootCausesScreenTest {
    // the book is built before the toolkit starts (building it can outlast TestFX's set-up on a loaded machine)
    private static ClaimsFixture f;
    private static Path dir;
    private RootCausesController controller;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StatusBarModel status;
    private UiTaskRunner tasks;

    @BeforeAll
    static void book() throws Exception {
        dir = Files.createTempDirectory("root-causes-test");
        f = new ClaimsFixture(dir);
        // Acme short-pays two invoices: 20.00 for crushed boxes, 15.00 for a price it disputes
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
        f.payWithDeduction("INV-010002", "117.71", "15.00", "PRICING", "contract price", TestBook.TODAY);
    }

    @Start
    void start(Stage stage) throws Exception {
        status = new StatusBarModel();
        tasks = new ExecutorTaskRunner(2);
        var ar = f.ar();
        controller = new RootCausesController(new RootCausesViewModel(f.claims(), () -> ar), tasks, dialogs, status,
                TestBook.CLOCK);
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<RootCauses.Row> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#rootCauseTable").queryAs(TableView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private List<String> shownHeaders(FxRobot robot) {
        return ((TableView<RootCauses.Row>) robot.lookup("#rootCauseTable").queryAs(TableView.class)).getVisibleLeafColumns()
                .stream().map(TableColumn::getText).toList();
    }

    @Test
    void anArUserCountsTheDeductionsByReasonAndByCustomerAndExportsThem(FxRobot robot) throws Exception {
        waitUntil(() -> rows(robot).size() == 2);
        assertThat(rows(robot)).extracting(RootCauses.Row::label).containsExactly("Damaged", "Price");
        assertThat(rows(robot).get(0).amount().toString()).isEqualTo("20.00");
        assertThat(robot.lookup("#rootCauseTotal").queryAs(Label.class).getText()).contains("2 cases").contains("35.00");
        // by reason the reason's name alone (its stored code, "DAMAGED", only in the export)
        assertThat(shownHeaders(robot)).startsWith("Reason", "Cases");

        // by customer, from the keyboard: both deductions are Acme's
        robot.clickOn("#byBox");
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        waitUntil(() -> rows(robot).size() == 1);
        assertThat(robot.lookup("#byBox").queryAs(ComboBox.class).getValue()).isEqualTo(RootCauses.Dimension.CUSTOMER);
        assertThat(rows(robot).get(0).cases()).isEqualTo(2);
        assertThat(rows(robot).get(0).amount().toString()).isEqualTo("35.00");
        assertThat(shownHeaders(robot)).startsWith("Customer", "Name", "Cases");

        // Ctrl+E writes what is shown
        Path csv = dir.resolve("root-causes.csv");
        dialogs.fileToSave = csv;
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(csv) && status.getLastMessage() != null && status.getLastMessage().contains("exported"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("35.00").contains("2");
        assertThat(dialogs.errors).isEmpty();
    }
}
