package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.SkinBase;
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
 * An order the inbox saved touchless, opened from the list beside its message, shows the channel it
 * came by in the Channel field: "EDI" for an X12 850, "Email" for a mail.
 */
@ExtendWith(ApplicationExtension.class)
class InboxChannelScreenTest {
    private TestBook book;
    private Path dir;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private InboxController controller;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("inbox-channel-test");
        book = TestBook.create(dir);
        InboxMessages.prepare(book, dir.resolve("outbox"));
        var clerk = book.clerk();
        controller = InboxScreens.controller(book, clerk, screen);
        screen.show(stage, controller, 1258, 700);
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

    private InboxRow row(String source) {
        return controller.rows().stream().filter(r -> r.source().equals(source)).findFirst().orElse(null);
    }

    /**
     * What the Channel field shows: the text of its button cell (the skin's own cell, not the
     * hidden list's), as the clerk reads it; "null" when the field is empty.
     */
    private static String shownChannel(ComboBox<?> box) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((SkinBase<?>) box.getSkin()).getChildren().stream()
                .filter(n -> n instanceof ListCell<?>).map(n -> String.valueOf(((ListCell<?>) n).getText())).findFirst()
                .orElse("no cell")).get();
    }

    private void openOrderOf(FxRobot robot, TableView<InboxRow> table, String source) throws Exception {
        InboxRow row = row(source);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
        });
        robot.type(KeyCode.ENTER);
        screen.await(60, () -> row.orderId() != null
                && row.orderId().equals(controller.reviewEntry().viewModel().orderId()));
    }

    @Test
    void aTouchlessEdiOrderOpenedFromTheInboxReadsEdiAndAMailOrderEmail(FxRobot robot) throws Exception {
        screen.dialogs.filesToOpen = List.of(file(InboxMessages.edi850()), file(InboxMessages.touchless()));
        robot.clickOn("#inboxTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        screen.await(60, () -> controller.rows().size() == 2);
        assertThat(controller.rows()).extracting(InboxRow::status).containsOnly(InboxStatus.SAVED_TOUCHLESS);

        @SuppressWarnings("unchecked")
        TableView<InboxRow> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        ComboBox<OrderChannel> channel = robot.lookup("#channelBox").queryAs(ComboBox.class);

        openOrderOf(robot, table, "acme-850.edi");
        assertThat(channel.getValue()).isEqualTo(OrderChannel.EDI);
        assertThat(shownChannel(channel)).as("the Channel field of the EDI order").isEqualTo("EDI");

        openOrderOf(robot, table, "po-7781.eml");
        assertThat(channel.getValue()).isEqualTo(OrderChannel.EMAIL);
        assertThat(shownChannel(channel)).as("the Channel field of the mail order").isEqualTo("Email");

        openOrderOf(robot, table, "acme-850.edi");
        assertThat(shownChannel(channel)).as("the EDI order again").isEqualTo("EDI");
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
