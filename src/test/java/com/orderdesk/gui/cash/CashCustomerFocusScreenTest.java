package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.KeyPresses;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.cash.CashFixture;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Money nobody was identified for: the clerk chooses its customer with Enter, and the open invoices take
 * the focus, the next thing to act on (the focus stayed in Customer: keyboard tour of 6 December).
 */
class CashCustomerFocusScreenTest extends ScreenTestOnOneBook {
    private static CashFixture f;

    @BeforeAll
    static void book() {
        f = new CashFixture(book);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var ar1 = f.desk.user("ar1");
        CashMatchingController controller = CashDeskScreen.desk(f, screen, () -> ar1);
        screen.show(stage, controller, 1250, 768);
        controller.refresh();
    }

    @Test
    void choosingTheCustomerMovesTheFocusToItsOpenInvoices(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DeskPayment> payments = robot.lookup("#paymentTable").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        TableView<ApplyRow> grid = robot.lookup("#invoiceTable").queryAs(TableView.class);
        screen.dialogs.fileToOpen = CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv());
        robot.clickOn("#searchField");
        KeyPresses.ctrl(robot, KeyCode.I);
        screen.await(60, () -> payments.getItems().stream().anyMatch(p -> "Somebody Unknown LLC".equals(p.payerName())));
        robot.interact(() -> payments.getSelectionModel().select(payments.getItems().stream()
                .filter(p -> "Somebody Unknown LLC".equals(p.payerName())).findFirst().orElseThrow()));
        // the unknown payer's detail by its name: an empty grid and a usable customer field alone were also what the
        // first payment's detail (the import selected it) could show, or still show, when it came back
        screen.await(30, () -> robot.lookup("#payerLabel").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("Somebody Unknown LLC") && grid.getItems().isEmpty() && !robot.lookup("#customerField").query().isDisabled());

        robot.clickOn("#customerField").write("Acme", 0).type(KeyCode.ENTER);
        screen.await(30, () -> !grid.getItems().isEmpty(), () -> "no open invoices shown");
        assertThat(screen.settledFocusId()).as("focus after choosing the customer").isEqualTo("invoiceTable");
    }

    /** Space ticks the selected invoice and leaves the selected cell where it was (tour: it moved to the Reason column). */
    @Test
    void spaceTicksTheRowAndTheSelectedCellStays(FxRobot robot) throws Exception {
        choosingTheCustomerMovesTheFocusToItsOpenInvoices(robot);
        @SuppressWarnings("unchecked")
        TableView<ApplyRow> grid = robot.lookup("#invoiceTable").queryAs(TableView.class);
        var invoiceColumn = grid.getColumns().get(1);
        robot.interact(() -> {
            grid.getSelectionModel().clearAndSelect(0, invoiceColumn);
            grid.getFocusModel().focus(0, invoiceColumn);
        });
        assertThat(grid.getItems().get(0).isSelected()).as("not ticked yet").isFalse();
        robot.type(KeyCode.SPACE);
        screen.await(10, () -> grid.getItems().get(0).isSelected(), () -> "Space did not tick the row");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid.getFocusModel().getFocusedCell().getRow()).isZero();
        assertThat(grid.getFocusModel().getFocusedCell().getTableColumn()).as("the focused cell's column")
                .isSameAs(invoiceColumn);
        assertThat(grid.getSelectionModel().getSelectedCells()).extracting(c -> c.getRow(), c -> c.getTableColumn())
                .as("the selected cell").containsExactly(org.assertj.core.groups.Tuple.tuple(0, invoiceColumn));
        // and Space again unticks it, the cell still in place
        robot.type(KeyCode.SPACE);
        screen.await(10, () -> !grid.getItems().get(0).isSelected(), () -> "Space did not untick the row");
        assertThat(grid.getFocusModel().getFocusedCell().getTableColumn()).isSameAs(invoiceColumn);
    }
}
