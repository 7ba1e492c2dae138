package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The widest status the invoice list shows: a partly paid invoice whose customer kept a deduction
 * ("Partly paid" and the "Deduction" mark), in the room the screen has at 1366 x 768 (1258 x 700).
 * Tour of 6 December: the Status column's 175 px cut that pair by some 6 px.
 */
class InvoicesStatusWidthScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;

    @BeforeAll
    static void partlyPaidWithADeduction() {
        f = new ClaimsFixture(book);
        f.payWithDeduction("INV-010001", "100.00", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        ArInvoicesScreen.show(screen, stage, f);
    }

    @Test
    void thePartlyPaidInvoiceWithADeductionShowsItsChipAndMarkWhole(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#table").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> table.getItems().size() == 2);
        ScreenFixture.waitUntil(10, () -> robot.lookup(".status-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "Partly paid · deduction".equals(c.getText())));

        double[] cut = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            TableCell<?, ?> cell = robot.lookup(".status-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> "Partly paid · deduction".equals(c.getText())).findFirst().orElseThrow();
            Node both = cell.getGraphic();
            double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            return new double[] {both.prefWidth(-1) - room, room};
        }).get();
        assertThat(cut[0]).as("the chip and mark wider than the %.0f px inside the cell", cut[1]).isLessThanOrEqualTo(0.5);
        assertThat(Truncation.cutLabels(table, "." + StandingCell.MARK_CLASS)).as("marks cut").isEmpty();
        assertThat(Truncation.columnsOutOfView(table)).as("columns beyond the list's edge").doesNotContain("Status", "Total");
        assertThat(Truncation.cutHeaders(table)).as("titles cut").isEmpty();

        // a real book's list scrolls: its bar takes some 10 px of the list's width (16 of the screen's)
        robot.interact(() -> table.getScene().getWindow().setWidth(1258 - 16));
        ScreenFixture.waitUntil(5, () -> Math.abs(table.getScene().getWidth() - (1258 - 16)) < 1);
        settledWidths(table);
        assertThat(Truncation.columnsOutOfView(table)).as("columns beyond the list's edge, %.0f px wide", table.getWidth())
                .doesNotContain("Status", "Total");
    }

    /**
     * Filtering keeps every column where it was: the Status column holds the widest status the list can
     * show from the start, so showing only the open invoice ("Open", narrower than the partly paid one
     * with its mark) neither narrows it nor moves the columns to its right (it did while it followed the
     * rows shown).
     */
    @Test
    void changingTheFilterLeavesTheColumnWidthsAsTheyWere(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#table").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> table.getItems().size() == 2);
        String other = table.getItems().stream().filter(r -> !r.disputed()).findFirst().orElseThrow().number();
        java.util.List<Long> before = settledWidths(table);

        javafx.scene.control.TextField search = robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> search.setText(other));
        ScreenFixture.waitUntil(10, () -> table.getItems().size() == 1);
        assertThat(settledWidths(table)).as("column widths with %s alone", other).isEqualTo(before);

        robot.interact(() -> search.setText(""));
        ScreenFixture.waitUntil(10, () -> table.getItems().size() == 2);
        assertThat(settledWidths(table)).as("column widths with both again").isEqualTo(before);
    }

    /**
     * The search field keeps its width whatever the Show and Status filters hold, their lists opened or
     * not, and each choice reads whole in its box. Tour of 6 December: choosing "Paid" narrowed the
     * search by some 8 px (the Status box followed its value and its opened list).
     */
    @Test
    void theSearchKeepsItsWidthWhateverTheFiltersHold(FxRobot robot) throws Exception {
        javafx.scene.control.TextField search = robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
        java.util.List<javafx.scene.control.ComboBox<?>> boxes = java.util.List.of(
                robot.lookup("#printedBox").queryComboBox(), robot.lookup("#standingBox").queryComboBox());
        long first = searchWidth(search);
        java.util.List<String> moved = new java.util.ArrayList<>();
        for (javafx.scene.control.ComboBox<?> box : boxes) {
            robot.interact(box::show); // an opened list gave the box its width
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(box::hide);
            for (int i = 0; i < box.getItems().size(); i++) {
                int index = i;
                robot.interact(() -> box.getSelectionModel().select(index));
                long width = searchWidth(search);
                String shown = box.getButtonCell() == null ? String.valueOf(box.getValue()) : box.getButtonCell().getText();
                if (width != first) {
                    moved.add(box.getId() + " '" + shown + "': " + width + " px");
                }
                assertThat(Truncation.cutLabels(box, ".list-cell")).as("%s showing '%s' cut", box.getId(), shown).isEmpty();
            }
            robot.interact(() -> box.getSelectionModel().select(0));
        }
        assertThat(moved).as("the search's width, %d px at first", first).isEmpty();
    }

    private static long searchWidth(javafx.scene.control.TextField search) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            search.getScene().getRoot().applyCss();
            search.getScene().getRoot().layout();
            return Math.round(search.getWidth());
        }).get();
    }

    /** The shown columns' widths, once the screen has had a few frames to measure and fit them. */
    private static java.util.List<Long> settledWidths(TableView<DocumentRow> table) throws Exception {
        for (int i = 0; i < 5; i++) {
            org.testfx.util.WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            return table.getVisibleLeafColumns().stream().map(c -> Math.round(c.getWidth())).toList();
        }).get();
    }
}
