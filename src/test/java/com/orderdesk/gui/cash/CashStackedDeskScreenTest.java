package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.TestBook;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk at 1024 x 768 (916 x 700 beside the rail), where the payment list stands above the detail. The lead's look,
 * 7 December: the list showed one or two payments and scrolled, the detail took some 470 of 600 px. An AR clerk works
 * down a day of 100+ payments: five payments show in the list, and the detail's engine sentence, the apply grid's first
 * invoices and Post show without scrolling the detail.
 */
@ExtendWith(ApplicationExtension.class)
class CashStackedDeskScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        cash.openBook("cash-stacked-test");
        Truncation.applicationLook();
        StringBuilder csv = new StringBuilder("payment_id,received_date,amount,currency,payer_name,payer_account,reference\n");
        csv.append("B-1,").append(TestBook.TODAY).append(",490.00,USD,ACME JANITORIAL SUPPLY INC,021000021:555001,INV-000101\n");
        for (int i = 2; i <= 30; i++) {
            csv.append("B-").append(i).append(',').append(TestBook.TODAY).append(',').append(100 + i).append(".25,USD,Payer number ")
                    .append(i).append(",,\n");
        }
        cash.importPayments("day.csv", csv.toString());
        cash.autoMatch();
        CashMatchingController controller = cash.desk();
        root = cash.show(stage, controller, Room.AT_1024, 700);
        controller.refresh();
    }

    @Test
    void fivePaymentsShowAboveADetailWhosePostShowsWithoutScrolling(FxRobot robot) throws Exception {
        TableView<DeskPayment> list = cash.payments(robot);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 30);
        DeskPayment acme = list.getItems().stream().filter(p -> p.payerName().startsWith("ACME")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(acme));
        ScreenFixture.waitUntil(30, () -> robot.lookup("#paymentTitle").queryLabeled().getText().startsWith(acme.number()));
        ScreenFixture.waitUntil(30, () -> robot.lookup("#invoiceTable").queryAs(TableView.class).getItems().size() == 2);
        ScrollPane detail = (ScrollPane) robot.lookup("#detailBox").query().getParent().getParent().getParent();

        int rows = WaitForAsyncUtils.asyncFx(() -> {
            root.applyCss();
            root.layout();
            return wholeRowsShown(list);
        }).get();
        assertThat(rows).as("payments shown whole in the list at 1024 x 768").isGreaterThanOrEqualTo(5);
        for (String id : new String[] {"#postButton", "#proposalLabel", "#invoiceTable .table-row-cell"}) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getLayoutBounds());
            Bounds view = detail.lookup(".viewport").localToScene(detail.lookup(".viewport").getLayoutBounds());
            assertThat(b.getMaxY()).as(id + " inside the window's 700 px").isLessThanOrEqualTo(700);
            assertThat(b.getMaxY()).as(id + " inside the detail's view without scrolling").isLessThanOrEqualTo(view.getMaxY() + 0.5);
        }
        assertThat(detail.getVvalue()).isZero();
        assertThat(Room.problems(root)).isEmpty();
    }

    /** Rows with a payment drawn whole inside the list's rows area (under the header, above its lower edge). */
    private static int wholeRowsShown(TableView<?> table) {
        Node flow = table.lookup(".clipped-container");
        Bounds area = flow.localToScene(flow.getLayoutBounds());
        int whole = 0;
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.isVisible() && row.getItem() != null) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                whole += b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5 ? 1 : 0;
            }
        }
        return whole;
    }
}
