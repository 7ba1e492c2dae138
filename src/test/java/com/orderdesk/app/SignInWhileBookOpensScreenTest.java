package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
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
 * The cold start shows the sign-in form before the book is open (Flyway and Hibernate run while
 * the clerk types): the form takes a name and password at once, the check waits for the book, and
 * the desk opens for that user once the book is there, not before.
 */
@ExtendWith(ApplicationExtension.class)
class SignInWhileBookOpensScreenTest {
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.plain();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk.window(stage, 1000, 700);
    }

    @Test
    void theFormTakesThePasswordBeforeTheBookIsOpenAndTheDeskOpensOnceItIs(FxRobot robot) throws Exception {
        SignedInUser clerk = desk.newBook("sign-in-while-opening").clerk();
        AppServices services = desk.services();
        CompletableFuture<AppServices> opening = new CompletableFuture<>();
        DeskSession session = new DeskSession(opening, desk.tasks(), desk.dialogs, null, "book.db", areas -> { });

        robot.interact(() -> session.showSignIn(stage));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#userField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Order Desk: sign in");
        robot.clickOn("#userField").write(clerk.userName());
        robot.clickOn("#passwordField").write(TestBook.PASSWORD).type(KeyCode.ENTER);

        // the check is under way but the book is not open: no desk, the button stays busy
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.shell()).isNull();
        assertThat(robot.lookup("#signInButton").queryAs(Button.class).isDisabled()).isTrue();

        opening.complete(services);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.shell() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.user().userName()).isEqualTo(clerk.userName());
        assertThat(stage.getTitle()).isNotEqualTo("Order Desk: sign in");
    }
}
