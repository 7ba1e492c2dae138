package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.cash.desk.DeskPayment;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The day's payments beside the apply grid in the room the desk has at 1366 x 768 (1258 x 700).
 * Tour of 6 December: the payer names were cut after 15 letters ("First Choice Bui...") while the
 * number, amount and status columns kept room to spare.
 */
@ExtendWith(ApplicationExtension.class)
class CashLayoutScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        cash.openBook("cash-layout-test");
        Truncation.applicationLook();
        CashMatchingController controller = cash.desk();
        root = cash.show(stage, controller, 1258, 700);
        // payer names as the demo book's bank files spell them
        cash.importPayments("lockbox.csv", """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-1,2026-11-26,490.00,USD,ACME JANITORIAL SUPPLY INC,021000021:555001,INV-000101
                B-2,2026-11-26,250.00,USD,Portland Public Schools,,"inv 201"
                B-3,2026-11-26,3103.12,USD,Midland Property Services Group,,
                B-4,2026-11-26,77.70,USD,First Choice Building Maintenance Enterprises,,
                """);
        controller.refresh();
    }

    @Test
    void thePayerTakesTheRoomTheOtherColumnsLeave(FxRobot robot) throws Exception {
        TableView<DeskPayment> list = cash.payments(robot);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 4);

        assertThat(list.getColumns().stream().map(c -> c.getText()).toList()).containsExactly("Payment", "Payer", "Amount", "Status");
        assertThat(Truncation.columnsOutOfView(list)).as("columns past the list's edge (no bar reaches them)").isEmpty();
        assertThat(Truncation.unusedWidth(list)).as("room no column uses").isLessThan(2);
        assertThat(Truncation.cutHeaders(list)).isEmpty();
        // the number, amount and status read whole; "Portland Public Schools" too (cut at 140 px before);
        // the longer payers are shortened, whole in their tooltips
        assertThat(Truncation.cutCells(list, "Payer")).isEmpty();
        assertThat(list.getColumns().get(1).getWidth()).as("payer column").isGreaterThan(190);
        List<String> cut = Truncation.cutCells(list).stream().map(t -> t.replaceAll(" \\(\\d+ px\\)$", "")).toList();
        assertThat(cut).containsExactlyInAnyOrder("ACME JANITORIAL SUPPLY INC", "Midland Property Services Group",
                "First Choice Building Maintenance Enterprises");
        for (String name : cut) {
            TableCell<?, ?> cell = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                    && name.equals(c.getText())).queryAs(TableCell.class);
            assertThat(cell.getTooltip()).as("tooltip of " + name).isNotNull();
            assertThat(cell.getTooltip().getText()).isEqualTo(name);
        }
        // the others are no wider than their widest value and title need
        double amount = list.getColumns().get(2).getWidth();
        assertThat(amount).as("amount column for 3,103.12").isLessThan(92);
    }

    /**
     * The desk with a payment open fits a window of 1024 x 768 and of 1366 x 768: tour of 6 December,
     * wider than the window at 1024 (the list's 380 px and the detail's 772 beside each other).
     */
    @Test
    void theDeskFitsAt1024AndAt1366(FxRobot robot) throws Exception {
        TableView<DeskPayment> list = cash.payments(robot);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 4);
        robot.interact(() -> list.getSelectionModel().selectFirst());
        ScreenFixture.waitUntil(30, () -> !robot.lookup("#paymentTitle").queryLabeled().getText().isEmpty());

        com.orderdesk.gui.common.Room.widen(robot, root, com.orderdesk.gui.common.Room.AT_1024);
        assertThat(com.orderdesk.gui.common.Room.problems(root)).as("at 1024 px").isEmpty();
        com.orderdesk.gui.common.Room.widen(robot, root, com.orderdesk.gui.common.Room.AT_1366);
        assertThat(com.orderdesk.gui.common.Room.problems(root)).as("at 1366 px").isEmpty();
    }
}
