package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A clerk marks the message under review not an order with Alt+N (F1's list): asked why once,
 * the message is marked and its draft leaves the screen. (Alt+X: InboxSettingsScreenTest.)
 */
@ExtendWith(ApplicationExtension.class)
class InboxKeysScreenTest {
    private TestBook book;
    private Path dir;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private InboxController controller;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("inbox-keys-test");
        book = TestBook.create(dir);
        InboxMessages.prepare(book, dir.resolve("outbox"));
        var clerk = book.clerk();
        Truncation.applicationLook();
        controller = InboxScreens.controller(book, clerk, screen);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void close() {
        screen.close(); // before the book closes (the fixture's own shutdown comes after this method)
        book.db.close();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(60, condition);
    }

    private Path file(InboundMessage m) throws Exception {
        return Files.write(dir.resolve(m.fileName()), m.bytes());
    }

    private InboxRow row(String source) {
        return controller.rows().stream().filter(r -> r.source().equals(source)).findFirst().orElse(null);
    }

    @Test
    void altNMarksTheMessageUnderReviewNotAnOrder(FxRobot robot) throws Exception {
        screen.dialogs.filesToOpen = List.of(file(InboxMessages.touchless()), file(InboxMessages.toReview()));
        robot.clickOn("#inboxTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> controller.rows().size() == 2);
        TableView<?> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        robot.clickOn("#inboxTable").type(KeyCode.HOME);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() == row("po-7782.eml"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> controller.reviewEntry().viewModel().lines().size() == 1);

        // from the order under review: Alt+N asks why, then marks the selected message
        screen.dialogs.reasonAnswer = "A quote request, not a purchase order";
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> screen.lastMessage().equals("po-7782.eml marked not an order."));
        assertThat(screen.dialogs.reasonsAsked).singleElement().asString().startsWith("Not an order: po-7782.eml");
        waitUntil(() -> row("po-7782.eml") != null && row("po-7782.eml").status() == InboxStatus.NOT_AN_ORDER);
        assertThat(controller.reviewEntry().viewModel().lines()).as("the draft left the screen").isEmpty();
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * Tour7 (olivia): after "Not an order" the pane still said "To review" over a half-cleared order
     * whose Save was enabled. Now it says what the message became, why, and no order form is left to save.
     */
    @Test
    void afterNotAnOrderThePaneShowsTheMessagesNewStateAndNothingToSave(FxRobot robot) throws Exception {
        screen.dialogs.filesToOpen = List.of(file(InboxMessages.toReview()));
        robot.clickOn("#inboxTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> controller.rows().size() == 1);
        TableView<?> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        robot.clickOn("#inboxTable").type(KeyCode.HOME);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() == row("po-7782.eml"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> controller.reviewEntry().viewModel().lines().size() == 1);

        screen.dialogs.reasonAnswer = "A quote request";
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> row("po-7782.eml") != null && row("po-7782.eml").status() == InboxStatus.NOT_AN_ORDER);

        javafx.scene.control.Label title = robot.lookup("#messageTitle").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label reasons = robot.lookup("#reasonsLabel").queryAs(javafx.scene.control.Label.class);
        assertThat(title.getText()).isEqualTo("po-7782.eml \u2014 Not an order");
        assertThat(reasons.getText()).isEqualTo("Marked not an order: A quote request");
        javafx.scene.Node save = robot.lookup("#saveButton").query();
        assertThat(drawn(save) && !save.isDisabled()).as("a Save button usable after the decision").isFalse();
        assertThat(table.isFocused()).as("back in the list, for the next message").isTrue();
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** Drawn: the node and every parent visible. */
    private static boolean drawn(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
