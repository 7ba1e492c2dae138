package com.orderdesk.gui.invoicing;

import static com.orderdesk.gui.common.TableLook.widths;
import static com.orderdesk.gui.common.TableLook.sidewaysBar;
import com.orderdesk.gui.common.TableLook;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.Map;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The invoice list in the room the screen has in a 1024 x 768 window (916 x 700 beside the rail) and at 1366 x 768.
 * Tour of 7 December (narrow17, arthur, demo book, 1024 x 768): every customer cut after some 9 letters
 * ("Peachtree...", "Schmidt V...") beside a due date, amounts and a status as wide as the widest they could ever hold.
 * The book lists an invoice under a deduction (the status with its claim mark: the widest status there is).
 */
class InvoicesNarrowListScreenTest extends ScreenTestOnOneBook {
    /** A name of 24 letters: whole at 1024. */
    private static final String NAME = "Peachtree Fabrication Co";
    private static ClaimsFixture f;

    @BeforeAll
    static void invoices() throws Exception {
        f = new ClaimsFixture(book);
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
        book.db.write(s -> s.createNativeMutationQuery("UPDATE customer SET name = ? WHERE id = ?")
                .setParameter(1, NAME).setParameter(2, book.acmeId).executeUpdate());
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        ArInvoicesScreen.show(screen, stage, f);
    }

    @Test
    void theListFitsAt1024WithItsStatusAndCustomerAndIsAsItWasAt1366(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#table").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> table.getItems().stream().anyMatch(r -> r.openClaim() != null));
        javafx.scene.Parent root = table.getScene().getRoot();
        Room.widen(robot, root, Room.AT_1366);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Long> wide = widths(table);
        assertThat(wide.keySet()).as("the columns at 1366 px").startsWith("Number", "Customer", "Due", "Open", "Status", "Total");
        try {
            Room.widen(robot, root, Room.AT_1024);
            WaitForAsyncUtils.waitForFxEvents();
            String at = "at 1024 px (" + widths(table) + " in " + Math.round(table.getWidth()) + ")";
            assertThat(sidewaysBar(table)).as("a sideways bar under the list %s", at).isFalse();
            assertThat(TableLook.columnEdge(table, "Status")).as("the Status column's right edge past the list's %s", at).isLessThanOrEqualTo(0.5);
            assertThat(Truncation.columnsOutOfView(table)).as("columns past the list's edge %s", at).isEmpty();
            assertThat(Truncation.cutHeaders(table)).as("titles cut %s", at).isEmpty();
            // the amounts, the dates and the status whole (its chip and claim mark: the cell's own text says both, for
            // copying, and is never drawn), the customer's name of 24 letters too
            assertThat(Truncation.cutCells(table, "Status")).as("cells cut %s", at).isEmpty();
            assertThat(Truncation.cutLabels(table, ".status-chip")).as("status chips cut %s", at).isEmpty();
            assertThat(Truncation.cutLabels(table, "." + StandingCell.MARK_CLASS)).as("claim marks cut %s", at).isEmpty();
            assertThat(chipsPastTheirCells(table)).as("status cells whose chip and mark need more room %s", at).isEmpty();
            TableCell<?, ?> cell = robot.from(table).lookup((TableCell<?, ?> c) -> NAME.equals(c.getText())).queryAs(TableCell.class);
            assertThat(spare(cell)).as("room beside '%s' in its cell %s", NAME, at).isGreaterThanOrEqualTo(0);

            Room.widen(robot, root, Room.AT_1366);
            WaitForAsyncUtils.waitForFxEvents();
            try {
                ScreenFixture.waitUntil(10, () -> widths(table).get("Total").equals(wide.get("Total"))
                        && widths(table).get("Status").equals(wide.get("Status")));
            } catch (java.util.concurrent.TimeoutException e) {
                // told below with the widths
            }
            // every column as it was, the customer at least as wide: the divider the preview's minimum moved at 1024
            // keeps its share of the width (the list some 13 px wider than at first), as it did before the list narrowed
            Map<String, Long> back = widths(table);
            assertThat(back.get("Customer")).as("the customer back at 1366 px (list %.0f)", table.getWidth())
                    .isGreaterThanOrEqualTo(wide.get("Customer"));
            back.remove("Customer");
            wide.remove("Customer");
            assertThat(back).as("the columns back at 1366 px (list %.0f)", table.getWidth()).isEqualTo(wide);
            assertThat(sidewaysBar(table)).as("a sideways bar under the list at 1366 px").isFalse();
        } finally {
            Room.widen(robot, root, Room.AT_1366);
        }
    }




    /** The status cells whose chip and claim mark ask more width than the cell has inside its padding. */
    private static java.util.List<String> chipsPastTheirCells(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".status-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getGraphic() != null && c.isVisible() && c.getText() != null)
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getGraphic().prefWidth(-1) > c.getWidth() - c.snappedLeftInset() - c.snappedRightInset() + 0.5)
                .map(c -> c.getText() + " (" + Math.ceil(c.getGraphic().prefWidth(-1)) + " px in " + Math.round(c.getWidth()) + ")")
                .toList()).get();
    }

    /** The width inside the cell beside its text (negative: the text is wider than the cell shows). */
    private static double spare(TableCell<?, ?> cell) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text(cell.getText());
            text.setFont(cell.getFont());
            return cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset() - text.getLayoutBounds().getWidth();
        }).get();
    }
}
