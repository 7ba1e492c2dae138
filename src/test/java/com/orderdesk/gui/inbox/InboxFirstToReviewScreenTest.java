package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Coming to the inbox (Ctrl+3, or the rail), the cursor is on the first message still to review. Tour
 * of 7 December (newuser18, olivia on the demo book): it was on the newest message, saved touchless,
 * and the one message to review was three rows below among the done ones.
 */
@ExtendWith(ApplicationExtension.class)
class InboxFirstToReviewScreenTest {
    private TestBook book;
    private Path dir;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private InboxController controller;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("inbox-first-test");
        book = TestBook.create(dir);
        InboxMessages.prepare(book, dir.resolve("outbox"));
        var clerk = book.clerk();
        controller = InboxScreens.controller(book, clerk, screen);
        screen.show(stage, controller, 916, 700);
        controller.refresh();
    }

    @AfterEach
    void close() {
        screen.close();
        book.db.close();
    }

    private Path file(InboundMessage m) throws Exception {
        return Files.write(dir.resolve(m.fileName()), m.bytes());
    }

    @Test
    void theCursorComesToTheFirstMessageToReview(FxRobot robot) throws Exception {
        screen.dialogs.filesToOpen = List.of(file(InboxMessages.toReview()), file(InboxMessages.touchless()));
        robot.clickOn("#inboxTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        screen.await(60, () -> controller.rows().size() == 2 && controller.rows().stream().noneMatch(r -> r.status() == null));
        @SuppressWarnings("unchecked")
        TableView<InboxRow> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(0).status()).as("the list's first row is done").isNotEqualTo(InboxStatus.TO_REVIEW);

        // away and back: nothing chosen, the area focuses the list
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            controller.focusList();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getSelectionModel().getSelectedItem()).as("the chosen message").isNotNull()
                .extracting(InboxRow::status).isEqualTo(InboxStatus.TO_REVIEW);
    }
}
