package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An AR user counts the period's deductions by reason, then by customer, and exports them as CSV. */
@ExtendWith(ApplicationExtension.class)
class RootCausesScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private RootCausesController controller;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
        // Acme short-pays two invoices: 20.00 for crushed boxes, 15.00 for a price it disputes
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
        f.payWithDeduction("INV-010002", "117.71", "15.00", "PRICING", "contract price", TestBook.TODAY);
    }

    @Start
    void start(Stage stage) throws Exception {
        var ar = f.ar();
        controller = new RootCausesController(new RootCausesViewModel(f.claims(), () -> ar), screen.tasks, screen.dialogs, screen.status,
                TestBook.CLOCK);
        screen.show(stage, controller, 1366, 700);
        controller.refresh();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(30, condition);
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
        // the dashboard's last 90 days: the same first day
        assertThat(robot.lookup("#fromPicker").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(com.orderdesk.logic.kpi.Period.endingOn(java.time.LocalDate.now(TestBook.CLOCK), 90).first());
        assertThat(rows(robot)).extracting(RootCauses.Row::label).containsExactly("Damaged", "Price");
        assertThat(rows(robot).get(0).amount().toString()).isEqualTo("20.00");
        assertThat(robot.lookup("#rootCauseTotal").queryAs(Label.class).getText()).contains("2 cases").contains("35.00");
        // by reason the reason's name alone (its stored code, "DAMAGED", only in the export)
        assertThat(shownHeaders(robot)).startsWith("Reason", "Cases");
        // the reason takes the table's width: no empty band right of the share (tour of 6 December)
        TableView<?> table = robot.lookup("#rootCauseTable").queryAs(TableView.class);
        assertThat(com.orderdesk.gui.common.Truncation.unusedWidth(table)).as("room no column uses, by reason").isLessThan(2);
        // the share as every percentage on screen ("57.1%"; it read "57.14 %"), one decimal on every row
        // (tour 7: "29.4%" next to "13.88%")
        assertThat(robot.lookup((javafx.scene.control.TableCell<?, ?> c) -> c.getTableColumn() != null
                && "Share".equals(c.getTableColumn().getText()) && c.getText() != null && !c.getText().isEmpty()).queryAll()
                .stream().map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).toList())
                .contains(com.orderdesk.gui.common.Formats.forDefaultLocale().percent(rows(robot).get(0).share().amount(), 1))
                .allMatch(t -> t.matches("\\d+\\.\\d%"));

        // by customer, from the keyboard: both deductions are Acme's
        robot.clickOn("#byBox");
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        waitUntil(() -> rows(robot).size() == 1);
        assertThat(robot.lookup("#byBox").queryAs(ComboBox.class).getValue()).isEqualTo(RootCauses.Dimension.CUSTOMER);
        assertThat(rows(robot).get(0).cases()).isEqualTo(2);
        assertThat(rows(robot).get(0).amount().toString()).isEqualTo("35.00");
        assertThat(shownHeaders(robot)).startsWith("Customer", "Name", "Cases");
        assertThat(com.orderdesk.gui.common.Truncation.unusedWidth(table)).as("room no column uses, by customer").isLessThan(2);

        // Ctrl+E writes what is shown
        Path csv = dir.resolve("root-causes.csv");
        screen.dialogs.fileToSave = csv;
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(csv) && screen.status.getLastMessage() != null && screen.status.getLastMessage().contains("exported"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("35.00").contains("2");
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** A From that is no date is neither shown nor exported: before, both used the date the picker kept under it. */
    @Test
    void aFromThatIsNoDateIsNeitherShownNorExported(FxRobot robot) throws Exception {
        waitUntil(() -> rows(robot).size() == 2);
        javafx.scene.control.DatePicker from = robot.lookup("#fromPicker").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(from.getEditor());
        robot.interact(() -> from.getEditor().selectAll());
        robot.write("13/45/2026").type(KeyCode.TAB);

        robot.interact(() -> robot.lookup("#showButton").queryButton().fire());
        waitUntil(() -> !screen.dialogs.errors.isEmpty());
        assertThat(screen.dialogs.errors).singleElement().asString().contains("\u201c13/45/2026\u201d is not a date");

        Path csv = dir.resolve("unread.csv");
        screen.dialogs.fileToSave = csv;
        robot.interact(() -> robot.lookup("#exportButton").queryButton().fire());
        waitUntil(() -> screen.dialogs.errors.size() == 2);
        assertThat(csv).doesNotExist();
        assertThat(rows(robot)).hasSize(2);
        assertThat(from.getEditor().getText()).isEqualTo("13/45/2026");
    }
}
