package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.credit.HeldOrderRow;
import java.io.File;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A credit manager opens the hold desk on an order held because the day's prediction says its
 * customer will very likely pay more than 30 days late, and reads the prediction beside the reason.
 * With {@code -Dorderdesk.shot=FILE} the desk is also saved as a PNG (to look at it).
 */
@ExtendWith(ApplicationExtension.class)
class HoldDeskPredictionScreenTest {
    @RegisterExtension
    final HoldDeskScreen desk = new HoldDeskScreen();
    private final ScreenFixture screen = desk.screen;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook("pays ~38 days late, trend worsening (+2.5 days/month)", 1);
        // the room the desk has in the main window at 1366 x 768 (rail, menu and status bar taken)
        com.orderdesk.gui.common.Truncation.applicationLook();
        desk.open(stage, 1258, 700);
        scene = desk.scene();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The widest text any held order's reasons cell can show, and the room that column's cells give text. */
    private static double[] widestReasonsCell(FxRobot robot, TableView<?> queue) throws Exception {
        javafx.scene.control.TableCell<?, ?> cell = robot.from(queue).lookup((javafx.scene.control.TableCell<?, ?> c) ->
                c.getTableColumn() != null && "Reasons".equals(c.getTableColumn().getText()) && c.getText() != null).query();
        return WaitForAsyncUtils.asyncFx(() -> {
            double widest = 0;
            java.util.List<com.orderdesk.logic.credit.CreditReason> all = java.util.List.of(com.orderdesk.logic.credit.CreditReason.values());
            for (var a : all) {
                for (var b : all) {
                    for (int more = 0; more <= all.size() - 2; more += Math.max(1, all.size() - 2)) {
                        java.util.EnumSet<com.orderdesk.logic.credit.CreditReason> set = java.util.EnumSet.of(a, b);
                        all.stream().filter(r -> !set.contains(r)).limit(more).forEach(set::add);
                        javafx.scene.text.Text text = new javafx.scene.text.Text(HoldQueueText.reasons(set));
                        text.setFont(cell.getFont());
                        widest = Math.max(widest, text.getLayoutBounds().getWidth());
                    }
                }
            }
            double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            return new double[] {widest, room};
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void theHoldDeskShowsTheCustomersPredictedBehaviourBesideTheReason(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        desk.selectFirst(robot, 1);
        desk.await(() -> !text(robot, "#predictedLate30").isEmpty());

        assertThat(text(robot, "#predictedLate30")).isEqualTo("86%");
        assertThat(text(robot, "#predictedDaysLate")).isEqualTo("44 days after due");
        Node reasons = robot.lookup("#reasonList").query();
        assertThat(robot.from(reasons).lookup((Label l) -> l.getText().startsWith("• Predicted to pay very late: The payment"
                + " prediction of Nov 26, 2026 puts the chance") && l.getText().contains("at 86%")
                && l.getText().endsWith("Pays ~38 days late, trend worsening (+2.5 days/month).")).tryQuery()).isPresent();
        // the habit said once, in the reason read first (the prediction below repeated it word for word)
        assertThat(robot.from(robot.lookup("#holdDetail").queryAs(Node.class)).lookup((Label l) -> l.getText() != null
                && l.getText().toLowerCase().contains("pays ~38 days late")).queryAll()).as("labels saying the habit").hasSize(1);
        assertThat(robot.lookup("#predictedBehaviour").tryQuery()).as("the habit under Predicted payment").isEmpty();
        assertThat(screen.dialogs.errors).isEmpty();

        // the queue reads whole at 1366 px: every column in view (it scrolled sideways to its reasons
        // and who entered the order), headers and cells uncut, the reasons in a few words each
        Node holdQueue = scene.getRoot().lookup("#holdQueue");
        assertThat(com.orderdesk.gui.common.Truncation.columnsOutOfView((TableView<?>) holdQueue)).as("queue's columns out of view").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(holdQueue)).as("queue's headers cut").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutCells(holdQueue)).as("queue's cells cut").isEmpty();
        assertThat(robot.from(holdQueue).lookup((javafx.scene.control.TableCell<?, ?> c) -> "Pays late".equals(c.getText()))
                .tryQuery()).as("the reason in the queue").isPresent();
        assertThat(((Label) scene.getRoot().lookup("#holdCount")).getText()).isEqualTo("1 held order shown of 1");
        // the customer by name (its number is in the detail); any reasons cell the queue can show
        // reads whole: the widest two reasons and a count of more (three in full ended in "...")
        assertThat(robot.from(holdQueue).lookup((javafx.scene.control.TableCell<?, ?> c) -> "Acme Janitorial Supply".equals(c.getText()))
                .tryQuery()).as("the customer's name alone").isPresent();
        assertThat(widestReasonsCell(robot, (TableView<?>) holdQueue)).as("widest reasons cell (text, room)")
                .satisfies(w -> assertThat(w[0]).isLessThanOrEqualTo(w[1]));

        String shot = System.getProperty("orderdesk.shot");
        if (shot != null) {
            WaitForAsyncUtils.asyncFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    new File(shot))).get(30, TimeUnit.SECONDS);
        }
    }
}
