package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The clerk presses Enter on one message and, before it opened, on another: the pane shows the one opened
 * last. The first message's reading is held until the second one is shown; let go, it came back last and
 * put the first message (its title, its text) beside the list under the second one's selection.
 */
class InboxLatestMessageScreenTest extends ScreenTestOnOneBook {
    private static SignedInUser clerk;
    private final HeldAnswer firstMessage = new HeldAnswer();
    private final HeldAnswer orderLoad = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();
    private InboxController controller;

    @BeforeAll
    static void messages() throws Exception {
        InboxMessages.prepare(book, dir.resolve("outbox"));
        clerk = book.clerk();
        book.services().inbox().take(clerk, List.of(InboxMessages.touchless(), InboxMessages.toReview(),
                InboxMessages.notAnOrder()), BatchProgress.NONE);
    }

    @Start
    void start(Stage stage) {
        OrderDeskServices orders = new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> {
                    orderLoad.pass();
                    return clerk;
                });
        controller = new InboxController(new InboxDeskServices(book.services().inbox(), orders, () -> {
            firstMessage.pass();
            return clerk;
        }), tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#messageTitle").queryAs(Label.class).getText();
    }

    private void enterOn(FxRobot robot, TableView<InboxRow> table, String source) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(controller.rows().stream().filter(r -> r.source().equals(source)).findFirst()
                    .orElseThrow());
        });
        robot.type(KeyCode.ENTER);
    }

    @Test
    void theMessageOpenedLastIsTheOneShownWhenTheEarlierOneComesBackLate(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<InboxRow> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(60, () -> controller.rows().size() == 3);
        tasks.awaitAllReturned(30);

        firstMessage.holdNext();
        enterOn(robot, table, "question.eml");
        ScreenFixture.waitUntil(30, firstMessage::holding);
        enterOn(robot, table, "po-7782.eml");
        screen.await(60, () -> title(robot).startsWith("po-7782.eml"), () -> "title '" + title(robot) + "'");

        firstMessage.letGo();
        tasks.awaitAllReturned(60);

        assertThat(title(robot)).as("the message beside the list").startsWith("po-7782.eml");
        assertThat(controller.reviewEntry().viewModel().lines()).as("the draft under review").hasSize(1);
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * A message saved touchless shows its order, read in the background; before that read came back the clerk
     * opened a draft to review. The order came back last and replaced the draft in the form ("Opened order
     * SO-100001" under the draft's message: InboxKeysScreenTest timed out this way on a busy machine).
     */
    @Test
    void aSavedOrderStillLoadingDoesNotReplaceTheDraftOpenedAfterIt(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<InboxRow> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(60, () -> controller.rows().size() == 3);
        tasks.awaitAllReturned(30);
        String touchless = controller.rows().stream().filter(r -> r.orderId() != null).findFirst().orElseThrow().source();

        orderLoad.holdNext();
        enterOn(robot, table, touchless);
        ScreenFixture.waitUntil(30, orderLoad::holding);
        enterOn(robot, table, "po-7782.eml");
        screen.await(60, () -> controller.reviewEntry().viewModel().lines().size() == 1, () -> "no draft");

        orderLoad.letGo();
        tasks.awaitAllReturned(60);

        assertThat(title(robot)).as("the message beside the list").startsWith("po-7782.eml");
        assertThat(controller.reviewEntry().viewModel().orderNumberProperty().get()).as("the form's order number")
                .isNullOrEmpty();
        assertThat(controller.reviewEntry().viewModel().lines()).as("the draft under review").hasSize(1);
        assertThat(screen.status.getLastMessage()).as("status").doesNotStartWith("Opened order");
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * The status line speaks of the message shown: after a draft was opened for review ("Review
     * po-7782.eml: fix the order, then Ctrl+S; ...") another message selected and opened left that
     * line standing under a message that is not an order.
     */
    @Test
    void anotherMessageOpenedDoesNotKeepTheReviewLine(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<InboxRow> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(60, () -> controller.rows().size() == 3);
        tasks.awaitAllReturned(30);
        enterOn(robot, table, "po-7782.eml");
        ScreenFixture.waitUntil(60, () -> String.valueOf(screen.status.getLastMessage()).startsWith("Review po-7782.eml"));

        enterOn(robot, table, "question.eml");
        screen.await(60, () -> title(robot).startsWith("question.eml"), () -> "title '" + title(robot) + "'");
        tasks.awaitAllReturned(60);

        assertThat(String.valueOf(screen.status.getLastMessage())).as("status").doesNotStartWith("Review")
                .startsWith("question.eml");
    }
}
