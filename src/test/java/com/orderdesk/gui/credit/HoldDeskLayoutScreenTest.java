package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.credit.HeldOrderRow;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
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
 * The hold desk's actions read whole in the room the desk has at 1024 x 768 (916 x 700 beside the rail):
 * they read "Rele...", "Rej...", "Put on manual h...", "Cre...", "Cha..." there. Widened to 1366 x 768
 * (1258 x 700), the queue has its share back (a fix that kept the buttons whole by their width had the
 * detail side take ~485 px of the queue, and keep it after widening).
 */
@ExtendWith(ApplicationExtension.class)
class HoldDeskLayoutScreenTest {
    @RegisterExtension
    final HoldDeskScreen desk = new HoldDeskScreen();
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook("pays late", 0);
        // tour13: with a payment history the habit line read "... 32.5 days to pay (2.5 days ..." at 1366
        LateBook.paidSixInvoices(desk.book());
        desk.enterHeldOrders(1);
        Truncation.applicationLook();
        desk.open(stage, 916, 700);
        scene = desk.scene();
    }

    @Test
    void theActionsReadWholeAt1024AndTheQueueKeepsItsShareAt1366(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        Button hold = desk.holdButton(robot);
        desk.await(() -> queue.getItems().size() == 1 && !hold.isDisabled()); // the list selects its first order
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        Node detailSide = split.getItems().get(1);

        assertThat(cut(detailSide)).as("cut at 1024 px").isEmpty();
        assertThat(outside(detailSide)).as("out of the detail side at 1024 px").isEmpty();
        assertThat(split.getDividerPositions()[0]).as("the queue's share at 1024 px").isGreaterThan(0.55);

        robot.interact(() -> scene.getWindow().setWidth(1258));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cut(detailSide)).as("cut at 1366 px").isEmpty();
        assertThat(outside(detailSide)).as("out of the detail side at 1366 px").isEmpty();
        assertThat(split.getDividerPositions()[0]).as("the queue's share at 1366 px").isGreaterThan(0.55);
        assertThat(queue.getWidth()).as("the queue's width at 1366 px").isGreaterThan(0.55 * split.getWidth());
    }

    /**
     * The filter bar reads whole at 1024 x 768 and at 1366 (tour of 6 December: the risk box read "All ..."
     * at 1024, squeezed by the fields beside it).
     */
    @Test
    void theFiltersReadWholeAt1024AndAt1366(FxRobot robot) throws Exception {
        Node filters = ((javafx.scene.layout.BorderPane) scene.getRoot()).getTop();
        assertThat(cut(filters)).as("cut at 1024 px").isEmpty();
        assertThat(com.orderdesk.gui.common.Room.outside(scene.getRoot())).as("outside at 1024 px").isEmpty();

        robot.interact(() -> scene.getWindow().setWidth(1258));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cut(filters)).as("cut at 1366 px").isEmpty();
        assertThat(com.orderdesk.gui.common.Room.outside(scene.getRoot())).as("outside at 1366 px").isEmpty();
    }

    private static List<String> cut(Node side) {
        List<String> cut = new ArrayList<>(Truncation.cutLabels(side, ".button"));
        cut.addAll(Truncation.cutLabels(side, ".label"));
        cut.addAll(Truncation.cutLabels(side, ".list-cell"));
        return cut;
    }

    /** Controls of the detail side's actions that reach past its right edge (the split pane clips them). */
    private static List<String> outside(Node side) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            side.getScene().getRoot().applyCss();
            side.getScene().getRoot().layout();
            Bounds room = side.localToScene(side.getLayoutBounds());
            List<String> out = new ArrayList<>();
            List<Node> controls = new ArrayList<>(side.lookupAll(".button"));
            controls.addAll(side.lookupAll(".text-field"));
            controls.addAll(side.lookupAll(".combo-box"));
            for (Node n : controls) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (n.isVisible() && b.getMaxX() > room.getMaxX() + 0.5) {
                    out.add(n.getId() + " ends at " + Math.round(b.getMaxX()) + " of " + Math.round(room.getMaxX()));
                }
            }
            return out;
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}
