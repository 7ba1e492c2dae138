package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A rejected message opened in the inbox, at 1024 x 768 and at 1366 x 768. Tour of 7 December (olivia):
 * the list shrank to two rows for an order pane that stayed empty (the room was given to an order the
 * message does not have). The list keeps its height, and the pane says why no order was read and what
 * the clerk can do.
 */
@ExtendWith(ApplicationExtension.class)
class InboxRejectedLayoutScreenTest extends ScreenTestOnOneBook {
    private static final String EDI_WORDS = "The EDI file ends in the middle of segment 1 (ISA): it looks cut off.";
    private Parent root;

    @BeforeAll
    static void book() throws Exception {
        InboxMessages.prepare(book, dir.resolve("outbox"));
        book.services().inbox().take(book.clerk(), List.of(InboxMessages.touchless(), InboxMessages.toReview(),
                InboxMessages.notAnOrder(), InboxMessages.edi850(),
                new InboundMessage("broken.edi", "ISA*00*          *00*  ~GS*PO~ST*850*0001~".getBytes(StandardCharsets.UTF_8))),
                BatchProgress.NONE);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        SignedInUser clerk = book.clerk();
        InboxController controller = InboxScreens.controller(book, clerk, screen);
        root = screen.show(stage, controller, 1258, 700).getRoot();
        controller.refresh();
    }

    @Test
    void theListKeepsItsHeightAndThePaneSaysWhyAndWhatToDo(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<InboxRow> list = robot.lookup("#inboxTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(60, () -> list.getItems().size() == 5);
        for (double width : new double[] {Room.AT_1024, Room.AT_1366}) {
            Room.widen(robot, root, width);
            robot.interact(() -> {
                list.getSelectionModel().select(0);
                list.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            double before = list.getHeight();
            robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                    .filter(r -> r.fileName().equals("broken.edi")).findFirst().orElseThrow()));
            robot.type(KeyCode.ENTER);
            Label said = robot.lookup("#reasonsLabel").queryAs(Label.class);
            ScreenFixture.waitUntil(30, () -> said.getText().startsWith(EDI_WORDS));
            // Tab into the message and on: the list kept its height whatever holds the focus
            robot.type(KeyCode.TAB).type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();

            String at = Math.round(width) + " px";
            assertThat(list.getHeight()).as("the list's height at %s (%.0f before)", at, before).isGreaterThanOrEqualTo(before - 1);
            Label pane = robot.lookup("#noOrderPlaceholder").queryAs(Label.class);
            assertThat(pane.isVisible()).as("the order pane's words at %s", at).isTrue();
            assertThat(pane.getText()).as("at %s", at).startsWith("No order was read from this message.").contains(EDI_WORDS)
                    .contains("Ask the sender to send it again.").contains("Order entry");
            assertThat(Room.problems(root)).as("at %s", at).allMatch(p -> p.startsWith("'Drop folder:"));
        }
    }
}
