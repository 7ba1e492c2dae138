package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.gui.common.KeyPresses;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.persistence.TestBook;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first visit to the order inbox in a session (Ctrl+3) gives the keyboard to the list, on the message to
 * review, as later visits do. Tour of 7 December (newuser18, olivia on the demo book): at the first visit the
 * keyboard was on "Import messages..." (the list's focus request came before the screen was in its window),
 * so Enter opened the file chooser instead of the message.
 */
@ExtendWith(ApplicationExtension.class)
class InboxFirstVisitFocusScreenTest {
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.plain();

    @Start
    void start(Stage stage) {
        desk.window(stage, 1366, 800);
    }

    @Test
    void theFirstVisitPutsTheKeyboardOnTheMessageToReview(FxRobot robot) throws Exception {
        TestBook book = desk.newBook("inbox-first-visit-test");
        InboxMessages.prepare(book, desk.dir().resolve("outbox"));
        desk.services().inbox().take(book.clerk(), List.of(InboxMessages.touchless(), InboxMessages.toReview(),
                InboxMessages.notAnOrder()), BatchProgress.NONE);
        desk.openDesk(robot, book.clerk());

        KeyPresses.ctrl(robot, KeyCode.DIGIT3);
        DeskWindowFixture.areaIn(robot);
        @SuppressWarnings("unchecked")
        TableView<InboxRow> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> table.getItems().size() == 3 && !table.getSelectionModel().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Node owner = table.getScene().getFocusOwner();
        assertThat(owner == null ? "nothing" : owner.getId() + " (" + owner.getClass().getSimpleName() + ")")
                .as("what has the keyboard after the first Ctrl+3").isEqualTo("inboxTable (TableView)");
        assertThat(table.getSelectionModel().getSelectedItem().status()).isEqualTo(InboxStatus.TO_REVIEW);
    }
}
