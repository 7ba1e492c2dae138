package com.orderdesk.gui.inbox;

import com.orderdesk.gui.common.ScreenFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An administrator moves the drop folder from the inbox: Inbox folders... (Alt+X), the folder
 * chooser, a mistyped outbox refused as typed, then saved with a reason; the inbox names the new
 * folder. An order clerk has no such button.
 */
@ExtendWith(ApplicationExtension.class)
class InboxSettingsScreenTest {
    private Path dir;
    private TestBook book;
    private ScreenFixture screen;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("inbox-settings-test");
        book = TestBook.create(dir);
        InboxMessages.prepare(book, Files.createDirectories(dir.resolve("outbox")));
        screen = new ScreenFixture();
    }

    private void open(SignedInUser user, boolean enter, boolean setFolders, FxRobot robot) {
        InboxController controller = InboxScreens.controller(book, user, screen);
        controller.setPermissions(enter);
        controller.setMaySetFolders(setFolders);
        robot.interact(() -> {
            screen.show(stage, controller, 1366, 768);
            controller.refresh();
        });
    }

    @AfterEach
    void close() {
        screen.close();
        book.db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(30, condition);
    }

    @Test
    void anAdministratorChoosesANewDropFolderIsStoppedByAMistypedOutboxAndSaves(FxRobot robot) throws Exception {
        open(book.admin(), false, true, robot);
        Path share = Files.createDirectories(dir.resolve("orders-share"));
        screen.dialogs.folder = share;
        waitUntil(() -> robot.lookup("#folderLabel").queryAs(Label.class).getText().startsWith("Drop folder:"));

        robot.clickOn("#inboxTable");
        robot.press(KeyCode.ALT).type(KeyCode.X).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#dropFolderField").tryQuery().isPresent());
        robot.clickOn("#chooseDropButton");
        TextField drop = robot.lookup("#dropFolderField").queryAs(TextField.class);
        assertThat(drop.getText()).isEqualTo(share.toString());

        TextField outbox = robot.lookup("#outboxFolderField").queryAs(TextField.class);
        robot.doubleClickOn(outbox).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(dir.resolve("outbx").toString());
        Button save = robot.lookup("#saveFoldersButton").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#folderProblems").queryAs(Label.class).getText())
                .isEqualTo("Outbox folder: " + dir.resolve("outbx") + " does not exist. Make it first, or choose another.");
        robot.type(KeyCode.BACK_SPACE).write("ox");
        assertThat(save.isDisabled()).isFalse();

        robot.clickOn("#folderReasonField").write("orders arrive on the share now");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.status.getLastMessage().startsWith("Inbox folders saved"));

        assertThat(book.services().inbox().folders(book.clerk()).dropFolder()).isEqualTo(share);
        waitUntil(() -> robot.lookup("#folderLabel").queryAs(Label.class).getText().equals("Drop folder: " + share));
        assertThat(robot.lookup("#dropFolderField").tryQuery()).as("the window closed").isEmpty();
        String audited = book.db.read(s -> s.createNativeQuery("SELECT after_value || '|' || reason FROM audit_entry"
                + " WHERE action = 'INBOX_SETTINGS_CHANGE'", String.class).getSingleResult());
        assertThat(audited).contains(share.toString()).endsWith("|orders arrive on the share now");
    }

    @Test
    void anOrderClerkHasNoInboxFoldersButton(FxRobot robot) throws Exception {
        open(book.clerk(), true, false, robot);
        Button folders = robot.lookup("#foldersButton").queryAs(Button.class);
        assertThat(folders.isVisible()).isFalse();
        robot.clickOn("#inboxTable");
        robot.press(KeyCode.ALT).type(KeyCode.X).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dropFolderField").tryQuery()).isEmpty();
    }
}
