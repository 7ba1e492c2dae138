package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.ImportProgress;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Alt+T shows only the messages to review and all again, from the list or from the review pane's fields. */
@ExtendWith(ApplicationExtension.class)
class InboxFilterScreenTest {
    private TestBook book;
    private UiTaskRunner tasks;
    private InboxController controller;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("inbox-filter-test");
        book = TestBook.create(dir);
        InboxMessages.prepare(book, dir.resolve("outbox"));
        SignedInUser clerk = book.clerk();
        book.services().inbox().take(clerk, List.of(InboxMessages.touchless(), InboxMessages.toReview(), InboxMessages.notAnOrder()),
                ImportProgress.NONE);
        OrderDeskServices orders = new OrderDeskServices(book.services().customers(), book.services().products(),
                book.services().orders(), TestBook.TAX, TestBook.CLOCK, () -> clerk);
        tasks = new ExecutorTaskRunner(2);
        controller = new InboxController(new InboxDeskServices(book.services().inbox(), orders, () -> clerk), tasks,
                new RecordingDialogs(), new StatusBarModel(), TestBook.CLOCK.getZone());
        Scene scene = new Scene(Views.load(controller), 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        controller.refresh();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        book.db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shown(FxRobot robot) {
        TableView<InboxRow> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        return table.getItems().stream().map(r -> r.source() + " " + r.status()).toList();
    }

    @Test
    void altTShowsOnlyTheMessagesToReviewAndAllAgainEvenFromTheReviewPane(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot).size() == 3);
        robot.clickOn("#inboxTable");

        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        waitUntil(() -> shown(robot).size() == 1);
        assertThat(shown(robot)).containsExactly("po-7782.eml " + InboxStatus.TO_REVIEW);
        assertThat(robot.lookup("#toReviewOnly").queryAs(CheckBox.class).isSelected()).isTrue();

        // the draft open beside its message: the review pane's "Ship to" also answers to Alt+T, the filter wins
        robot.interact(() -> {
            TableView<?> table = robot.lookup("#inboxTable").queryAs(TableView.class);
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> controller.reviewEntry().viewModel().lines().size() == 1);
        robot.clickOn(robot.lookup("#poField").match(n -> n.getScene() != null).<javafx.scene.Node>query());
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        waitUntil(() -> shown(robot).size() == 3);
        assertThat(robot.lookup("#toReviewOnly").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}
