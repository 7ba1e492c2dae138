package com.orderdesk.gui.claims;

import static com.orderdesk.gui.common.TableLook.widths;
import static com.orderdesk.gui.common.TableLook.sidewaysBar;
import com.orderdesk.gui.common.TableLook;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The claims queue in the room the desk has in a 1024 x 768 window (916 x 700 beside the rail) and at 1366 x 768.
 * Tour of 7 December (narrow17, arthur, demo book, 1024 x 768): the queue scrolled sideways, its Status a sideways
 * scroll away, the customer cut after some 15 letters ("Simpson Distribu...").
 */
@ExtendWith(ApplicationExtension.class)
class ClaimsQueueNarrowScreenTest extends ScreenTestOnOneBook {
    private static final String LONGEST = ClaimsDeskScreen.LONGEST;
    /** What a customer's cell shows whole at least: names up to some 24 letters. */
    private static final int READABLE = 24;
    private static ClaimsFixture f;
    private Parent root;
    private ClaimsDeskController controller;

    @BeforeAll
    static void book() throws Exception {
        // the demo's longest name among its cases
        f = ClaimsDeskScreen.twoDeductionsOfTheLongestName(book);
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.showAsTheAppLooks(stage, screen, ClaimsDeskScreen.desk(f, screen), Room.AT_1366);
        root = stage.getScene().getRoot();
    }

    @Test
    void theQueueFitsAt1024WithItsStatusAndCustomerAndIsAsItWasAt1366(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 2);
        // the widest status still to work and the longest reason, owned: the widest queue the demo shows
        book.db.write(s -> s.createNativeMutationQuery("UPDATE claim_case SET status = 'WAITING_ON_CUSTOMER', owner = 'arthur',"
                + " reason = 'QUANTITY_SHORT' WHERE case_no = 'CASE-100001'").executeUpdate());
        robot.interact(controller::refresh);
        ScreenFixture.waitUntil(30, () -> queue.getItems().stream().anyMatch(r -> r.toString().contains("WAITING_ON_CUSTOMER")));
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Long> wide = widths(queue);
        assertThat(wide.keySet()).as("the columns at 1366 px").containsExactly(
                "Case", "Customer", "Invoice", "Reason", "Amount", "Status", "Owner", "Age");
        try {
            Room.widen(robot, root, Room.AT_1024);
            WaitForAsyncUtils.waitForFxEvents();
            String at = "at 1024 px (" + widths(queue) + " in " + Math.round(queue.getWidth()) + ")";
            assertThat(sidewaysBar(queue)).as("a sideways bar under the queue %s", at).isFalse();
            assertThat(TableLook.columnEdge(queue, "Status")).as("the Status column's right edge past the queue's %s", at).isLessThanOrEqualTo(0.5);
            assertThat(Truncation.columnsOutOfView(queue)).as("columns past the queue's edge %s", at).isEmpty();
            assertThat(Truncation.cutHeaders(queue)).as("titles cut %s", at).isEmpty();
            // the status and the amount whole; the customer shortened where it must be, whole in its tooltip
            assertThat(Truncation.cutCells(queue, "Customer")).as("cells cut %s", at).isEmpty();
            assertThat(customerShortfall(robot, queue)).as("the customer's cell %s", at).isEmpty();

            Room.widen(robot, root, Room.AT_1366);
            WaitForAsyncUtils.waitForFxEvents();
            ScreenFixture.waitUntil(10, () -> queue.getVisibleLeafColumns().size() == 8);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(widths(queue)).as("the columns back at 1366 px").isEqualTo(wide);
            assertThat(sidewaysBar(queue)).as("a sideways bar under the queue at 1366 px").isFalse();
            assertThat(Truncation.unusedWidth(queue)).as("room no column uses back at 1366 px").isLessThan(2);
            assertThat(Truncation.cutCells(queue)).as("cells cut at 1366 px").isEmpty();
        } finally {
            Room.widen(robot, root, Room.AT_1366);
        }
    }




    /**
     * What is wrong with the longest customer's cell: narrower than its name's first {@link #READABLE} letters, or
     * its name cut without a tooltip holding it whole.
     */
    private static java.util.List<String> customerShortfall(FxRobot robot, TableView<?> queue) throws Exception {
        TableCell<?, ?> cell = robot.from(queue).lookup((TableCell<?, ?> c) -> LONGEST.equals(c.getText())).queryAs(TableCell.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            javafx.scene.text.Text text = new javafx.scene.text.Text(LONGEST.substring(0, READABLE));
            text.setFont(cell.getFont());
            if (room < text.getLayoutBounds().getWidth()) {
                out.add(Math.round(room) + " px: narrower than '" + text.getText() + "' (" + Math.round(text.getLayoutBounds().getWidth()) + " px)");
            }
            text.setText(LONGEST);
            boolean cut = room < text.getLayoutBounds().getWidth();
            if (cut && (cell.getTooltip() == null || !LONGEST.equals(cell.getTooltip().getText()))) {
                out.add("cut without its whole name in a tooltip");
            }
            return out;
        }).get();
    }
}
