package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.gui.common.FileDrops;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Message files dropped anywhere on the main window, whatever area is showing, go into the order
 * inbox and the status bar says so; a user whose role may not capture orders is told why not and
 * nothing is read.
 */
@ExtendWith(ApplicationExtension.class)
class WindowDropScreenTest {
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.plain();
    private TestBook book;
    private DeskSession session;

    @Start
    void start(Stage stage) {
        desk.window(stage, 1366, 800);
    }

    private void open(java.util.function.Function<TestBook, SignedInUser> who, FxRobot robot) throws Exception {
        book = desk.newBook("window-drop-test");
        InboxMessages.prepare(book, desk.dir().resolve("outbox"));
        session = desk.openDesk(robot, who.apply(book));
    }

    private Path file(InboundMessage m) throws Exception {
        return Files.write(desk.dir().resolve(m.fileName()), m.bytes());
    }

    private List<InboxRow> inbox() {
        return desk.services().inbox().list(book.clerk()).rows();
    }

    @Test
    void filesDroppedOnOrderEntryGoIntoTheInboxAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        open(TestBook::clerk, robot);
        assertThat(session.shell().selectedAreaProperty().get().id()).isEqualTo(WorkAreas.ORDER_ENTRY);
        Node linesTable = robot.lookup("#linesTable").query();
        List<Path> files = List.of(file(InboxMessages.touchless()), file(InboxMessages.notAnOrder()));

        FileDrops.Result[] drop = new FileDrops.Result[1];
        robot.interact(() -> drop[0] = FileDrops.drop(linesTable, files));
        assertThat(drop[0].accepted()).isTrue();
        assertThat(drop[0].completed()).isTrue();
        ScreenFixture.waitUntil(60, () -> session.shell().status().getLastMessage().startsWith("Order inbox:"));

        assertThat(session.shell().status().getLastMessage())
                .isEqualTo("Order inbox: 2 messages: 1 saved touchless, 1 not an order (dropped on the window).");
        assertThat(inbox()).extracting(r -> r.source() + " " + r.status())
                .containsExactlyInAnyOrder("po-7781.eml " + InboxStatus.SAVED_TOUCHLESS, "question.eml " + InboxStatus.NOT_AN_ORDER);
        SalesOrder order = book.db.read(s -> s.createSelectionQuery("from SalesOrder", SalesOrder.class).getSingleResult());
        assertThat(order.channel()).isEqualTo(OrderChannel.EMAIL);
        assertThat(order.customerPo()).isEqualTo("7781");
        // the clerk stays where they were
        assertThat(session.shell().selectedAreaProperty().get().id()).isEqualTo(WorkAreas.ORDER_ENTRY);
        assertThat(desk.dialogs.errors).isEmpty();
    }

    @Test
    void aCreditManagerWhoDropsMessagesIsToldTheyMayNotCaptureOrdersAndNothingIsRead(FxRobot robot) throws Exception {
        open(TestBook::manager, robot);
        Node anywhere = session.shell().root();
        List<Path> files = List.of(file(InboxMessages.touchless()));
        FileDrops.Result[] drop = new FileDrops.Result[1];
        robot.interact(() -> drop[0] = FileDrops.drop(anywhere, files));

        assertThat(drop[0].accepted()).as("accepted, so the refusal can be said in words").isTrue();
        assertThat(drop[0].completed()).isFalse();
        assertThat(session.shell().status().getLastMessage())
                .isEqualTo("Not taken into the order inbox: your role (Credit manager) may not capture orders.");
        assertThat(desk.dialogs.errors).singleElement().asString().contains("may not capture orders")
                .contains("po-7781.eml stayed where it was");
        assertThat(inbox()).isEmpty();
    }
}
