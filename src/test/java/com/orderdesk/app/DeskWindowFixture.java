package com.orderdesk.app;

import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a TestFX test of the whole main window sets up, once per test: a fresh book in a folder of
 * its own, the services over it, a two-thread task runner, recorded dialogs, and the desk opened on
 * the test's stage for a user. It lives beside {@link DeskSession}, which is the application's own
 * and not public. Registered with {@code @RegisterExtension}, it undoes all of it after each test:
 * the windows the test left open (a menu's dialog) are hidden, the tasks stopped, the book closed and
 * the theme's preferences removed.
 */
final class DeskWindowFixture implements AfterEachCallback {
    final RecordingDialogs dialogs = new RecordingDialogs();
    private final boolean themed;
    private Preferences prefs;
    private Stage stage;
    private Path dir;
    private TestBook book;
    private AppServices services;
    private UiTaskRunner tasks;

    private DeskWindowFixture(boolean themed) {
        this.themed = themed;
    }

    /** The desk without a theme (no View menu), as most window tests open it. */
    static DeskWindowFixture plain() {
        return new DeskWindowFixture(false);
    }

    /** The desk with a theme, as the application opens it: the View menu shows. */
    static DeskWindowFixture themed() {
        return new DeskWindowFixture(true);
    }

    /** In the test's {@code @Start}: the stage the desk opens on, at the size the test reads it in. */
    void window(Stage stage, double width, double height) {
        this.stage = stage;
        stage.setWidth(width);
        stage.setHeight(height);
    }

    /**
     * A fresh test book in a new folder named after {@code prefix}. Called in the test, not in
     * {@code @Start}: writing a book can outlast TestFX's set-up time on a loaded machine.
     */
    TestBook newBook(String prefix) throws Exception {
        dir = Files.createTempDirectory(prefix);
        book = TestBook.create(dir);
        return book;
    }

    /** The services over the book at the test book's clock; the same each time asked. */
    AppServices services() {
        return services(TestBook.CLOCK);
    }

    /** The services over the book at {@code clock} (a book whose story moves the time on); made once. */
    AppServices services(Clock clock) {
        if (services == null) {
            services = AppServices.over(book.db, TestBook.TAX, clock, TestBook.KEY_ITERATIONS);
        }
        return services;
    }

    /** The two-thread task runner the desk works with; stopped after the test. */
    UiTaskRunner tasks() {
        if (tasks == null) {
            tasks = new ExecutorTaskRunner(2);
        }
        return tasks;
    }

    /** Opens the desk for {@code user} at the test book's clock and waits for the FX events it queued. */
    DeskSession openDesk(FxRobot robot, SignedInUser user) throws Exception {
        return openDesk(robot, TestBook.CLOCK, user);
    }

    /** Opens the desk for {@code user} with the services at {@code clock}, on the FX thread, its first area in. */
    DeskSession openDesk(FxRobot robot, Clock clock, SignedInUser user) throws Exception {
        Theme theme = themed ? new Theme(prefs()) : null;
        DeskSession session = new DeskSession(services(clock), tasks(), dialogs, theme, "book.db", areas -> { });
        // the main window is built off the FX thread, then shown on it
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Void>> shown =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shown.set(session.showDesk(stage, user)));
        shown.get().get(60, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // the first area's view is built off the FX thread; the tests start once it is in
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#areaOpening").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return session;
    }

    /** Waits for the area asked for to be in: its view is built off the FX thread at its first visit ("Opening ..."). */
    static void areaIn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#areaOpening").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The book's folder, for files the test drops or the screen writes beside it. */
    Path dir() {
        return dir;
    }

    /** Hides every window but the desk's (a dialog or settings window a key opened). */
    void hideOtherWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private Preferences prefs() {
        if (prefs == null) {
            prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
        }
        return prefs;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide)).get();
        if (tasks != null) {
            tasks.shutdown();
        }
        if (services != null) {
            services.close(); // and the book with it
        } else if (book != null) {
            book.db.close();
        }
        if (prefs != null) {
            prefs.removeNode();
        }
    }
}
