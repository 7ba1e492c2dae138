package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.credit.HeldOrderRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The credit manager selects one held order and, before its detail came, the next: the pane shows the
 * second order, whatever the first one's request does when it comes back late. The first read is held
 * until the second order is shown. The desk needs no LatestAnswer for this: selecting cancels the detail
 * still loading, on the FX thread, and a cancelled Task fires neither its success nor (when the interrupted
 * read fails on return, as the held one does) its failure. Without that cancel() this test fails: the
 * first order's detail (SO-100001) came back under the second's selection.
 */
@ExtendWith(ApplicationExtension.class)
class HoldDeskLatestDetailScreenTest {
    @RegisterExtension
    final HoldDeskScreen desk = new HoldDeskScreen();
    private final ScreenFixture screen = desk.screen;
    private final HeldAnswer firstDetail = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook("pays ~38 days late", 2);
        CreditHoldsController controller = desk.desk(tasks, () -> {
            firstDetail.pass(); // the user is asked for on the task's thread, before the detail is read
            return desk.manager();
        });
        desk.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static String detailTitle(FxRobot robot) {
        return robot.lookup("#detailTitle").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void theOrderSelectedLastIsTheOneShownWhenTheEarlierDetailComesBackLate(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        ScreenFixture.waitUntil(60, () -> queue.getItems().size() == 2);
        robot.interact(() -> queue.getSelectionModel().clearSelection()); // the list selected its first order
        tasks.awaitAllReturned(30);

        firstDetail.holdNext();
        robot.interact(() -> queue.getSelectionModel().select(0));
        ScreenFixture.waitUntil(30, firstDetail::holding);
        robot.interact(() -> queue.getSelectionModel().select(1));
        String second = queue.getItems().get(1).orderNumber();
        screen.await(30, () -> detailTitle(robot).startsWith(second + " "), () -> "detail '" + detailTitle(robot) + "'");

        firstDetail.letGo();
        tasks.awaitAllReturned(30);

        assertThat(detailTitle(robot)).as("the detail beside the selected order").startsWith(second + " ");
        assertThat(screen.lastMessage()).as("status").doesNotContain("interrupted");
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * While the next order's detail is read, the pane says so rather than leaving the order selected before
     * beside the new selection; the detail then comes in the same nodes (made anew for every order, their
     * style found anew each time, the pane held the FX thread 0.3-0.6 s at every step through the queue).
     * Before: the first order's detail stayed shown under the second's selection while it was read.
     */
    @Test
    void whileTheNextDetailIsReadThePaneSaysSoAndShowsItInTheSameNodes(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        ScreenFixture.waitUntil(60, () -> queue.getItems().size() == 2);
        String first = queue.getItems().get(0).orderNumber();
        String second = queue.getItems().get(1).orderNumber();
        robot.interact(() -> queue.getSelectionModel().select(0));
        screen.await(30, () -> detailTitle(robot).startsWith(first + " ") && shown(robot.lookup("#detailTitle").query()),
                () -> "detail '" + detailTitle(robot) + "'");
        tasks.awaitAllReturned(30);
        Label title = robot.lookup("#detailTitle").queryAs(Label.class);
        Label agingAmount = robot.lookup("#aging-CURRENT").queryAs(Label.class);

        firstDetail.holdNext();
        robot.interact(() -> queue.getSelectionModel().select(1));
        ScreenFixture.waitUntil(30, firstDetail::holding);
        robot.interact(() -> { });
        assertThat(shownTexts(robot)).as("the detail pane while the second order is read")
                .contains("Loading " + second + "...").noneMatch(t -> t.contains(first));

        firstDetail.letGo();
        screen.await(30, () -> detailTitle(robot).startsWith(second + " ") && shown(title), () -> "detail '" + detailTitle(robot) + "'");
        tasks.awaitAllReturned(30);
        assertThat(shownTexts(robot)).as("the detail pane with the second order").noneMatch(t -> t.startsWith("Loading"));
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class)).as("the title's node").isSameAs(title);
        assertThat(robot.lookup("#aging-CURRENT").queryAs(Label.class)).as("an aging amount's node").isSameAs(agingAmount);
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * Tour13: with no held order selected, the empty detail still showed the customer shown before's
     * risk class ("High") and limit under "Select a held order...". Nothing of a customer stays there.
     */
    @Test
    void withNoOrderSelectedNoCustomersLimitOrRiskClassIsShown(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        ScreenFixture.waitUntil(60, () -> queue.getItems().size() == 2);
        robot.interact(() -> queue.getSelectionModel().select(0));
        javafx.scene.control.ComboBox<?> risk = robot.lookup("#newRiskBox").queryComboBox();
        javafx.scene.control.TextField limit = robot.lookup("#limitField").queryAs(javafx.scene.control.TextField.class);
        screen.await(30, () -> risk.getValue() != null, () -> "risk class '" + risk.getValue() + "'");
        tasks.awaitAllReturned(30);

        robot.interact(() -> queue.getSelectionModel().clearSelection());
        tasks.awaitAllReturned(30);

        assertThat(shownTexts(robot)).contains("Select a held order to see why it is held.");
        assertThat(risk.getValue()).as("the risk class beside no order").isNull();
        assertThat(limit.getText()).as("the limit beside no order").isEmpty();
    }

    private static java.util.List<String> shownTexts(FxRobot robot) {
        return robot.from(robot.lookup("#holdDetail").queryAs(javafx.scene.Node.class)).lookup((Label l) -> shown(l)).queryAll()
                .stream().map(n -> ((Label) n).getText()).toList();
    }

    /** In the scene and neither it nor a parent hidden. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
