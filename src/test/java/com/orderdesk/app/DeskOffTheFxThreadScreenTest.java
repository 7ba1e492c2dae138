package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
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
 * The sign-in form and, after a sign-in, the main window are built off the FX thread: built on it they held it
 * 1.7-2.0 s at the first start and 1.0-2.2 s at signing in, idle (performance.md, "The FX thread in the
 * application"). The views' builder is held here, so the window can be looked at while they are built: the
 * start's splash stays until the form is in; the form says "Signing in…" until the desk is in, and a desk
 * that cannot be built leaves the form as typed, saying why.
 */
@ExtendWith(ApplicationExtension.class)
class DeskOffTheFxThreadScreenTest {
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.plain();
    private final HeldViews views = new HeldViews();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk.window(stage, 1000, 700);
        Label splash = new Label("Starting Order Desk…");
        splash.setId("splash");
        stage.setScene(new Scene(new StackPane(splash)));
        stage.setTitle("Order Desk");
        stage.show();
    }

    @AfterEach
    void stopViews() {
        views.close();
    }

    @Test
    void theSignInFormIsLoadedOffTheFxThreadWhileTheSplashStays(FxRobot robot) throws Exception {
        desk.newBook("sign-in-off-thread");
        DeskSession session = session();

        robot.interact(() -> session.showSignIn(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#userField").tryQuery()).as("the form, while its view is being loaded").isEmpty();
        assertThat(robot.lookup("#splash").tryQuery()).isPresent();

        views.allow(1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#userField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Order Desk: sign in");
        assertThat(views.ranOn).containsExactly("off the FX thread");
        assertThat(robot.lookup("#userField").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void signingInBuildsTheMainWindowOffTheFxThreadWhileTheFormSaysSigningIn(FxRobot robot) throws Exception {
        SignedInUser clerk = desk.newBook("desk-off-thread").clerk();
        DeskSession session = session();
        typeAndSignIn(robot, session, clerk.userName());

        // the password was right; the desk is being built and the form says so
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(robot).equals("Signing in…"));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.shell()).as("the main window, while it is being built").isNull();
        assertThat(stage.getTitle()).isEqualTo("Order Desk: sign in");
        assertThat(message(robot)).isEqualTo("Signing in…");

        views.allow(Integer.MAX_VALUE / 2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.shell() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.user().userName()).isEqualTo(clerk.userName());
        assertThat(stage.getTitle()).isNotEqualTo("Order Desk: sign in");
        assertThat(views.ranOn).as("the form, the main window, the first area's view").hasSizeGreaterThanOrEqualTo(2)
                .containsOnly("off the FX thread");
    }

    @Test
    void aDeskThatCannotBeBuiltLeavesTheFormAsTypedSayingWhy(FxRobot robot) throws Exception {
        SignedInUser clerk = desk.newBook("desk-fails").clerk();
        DeskSession session = session();
        typeAndSignIn(robot, session, clerk.userName());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(robot).equals("Signing in…"));

        desk.services().close(); // the book is gone while the desk is built: its users cannot be read
        views.allow(1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(robot).contains("could not be opened"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.shell()).isNull();
        assertThat(stage.getTitle()).isEqualTo("Order Desk: sign in");
        assertThat(robot.lookup("#userField").queryAs(TextField.class).getText()).isEqualTo(clerk.userName());
        assertThat(robot.lookup("#passwordField").queryAs(PasswordField.class).getText()).isEqualTo(TestBook.PASSWORD);
        assertThat(message(robot)).contains("What you typed is kept");
        assertThat(robot.lookup("#signInButton").queryButton().isDisabled()).isFalse();
    }

    private DeskSession session() {
        return new DeskSession(CompletableFuture.completedFuture(desk.services()), desk.tasks(), desk.dialogs, null, "book.db",
                areas -> { }, views);
    }

    /** Lets the form's view be built, then types the user's name and password and presses Enter. */
    private void typeAndSignIn(FxRobot robot, DeskSession session, String userName) throws Exception {
        robot.interact(() -> session.showSignIn(stage));
        views.allow(1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#userField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#userField").write(userName);
        robot.clickOn("#passwordField").write(TestBook.PASSWORD).type(KeyCode.ENTER);
    }

    private static String message(FxRobot robot) {
        return String.valueOf(robot.lookup("#signInMessage").queryAs(Label.class).getText());
    }

    /** The desk's view builder, held: each piece of work waits for a permit, then runs on the builder's own thread. */
    private static final class HeldViews implements Executor {
        final List<String> ranOn = new CopyOnWriteArrayList<>();
        private final Semaphore permits = new Semaphore(0);
        private final ExecutorService thread = Executors.newSingleThreadExecutor();

        @Override
        public void execute(Runnable work) {
            thread.execute(() -> {
                try {
                    if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
                ranOn.add(Platform.isFxApplicationThread() ? "on the FX thread" : "off the FX thread");
                work.run();
            });
        }

        void allow(int more) {
            permits.release(more);
        }

        void close() {
            thread.shutdownNow();
        }
    }
}
