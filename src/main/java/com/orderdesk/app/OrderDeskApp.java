package com.orderdesk.app;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.FxDialogService;
import com.orderdesk.gui.common.UncaughtFailures;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.persistence.BadDatabaseException;
import com.orderdesk.persistence.DatabaseConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The database is opened, migrated and (on a first start) filled with demo
 * data off the FX thread from the moment the command line is read. On an existing SQLite book the
 * sign-in form shows as soon as its view is loaded (off the FX thread) and its password check waits for the book; on a first start (or a
 * book that turns out empty) a progress bar shows until the book is ready, then the sign-in form.
 * After it, the main window with the work areas of the user's role.
 */
public final class OrderDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(OrderDeskApp.class);
    /** With -Dorderdesk.startupProbe=true the app prints the start-up time and exits (benchmark). */
    private static final boolean STARTUP_PROBE = Boolean.getBoolean("orderdesk.startupProbe");
    private static volatile StartupJob startup;
    /** Set when the command line's book was refused: the application's first window says why (and offers another). */
    private static volatile Refusal refused;
    private static volatile boolean openedAfterRefusal;
    /** Quit in a refusal window (the command line's book, or one refused only when its schema was read). */
    private static volatile boolean quitOnRefusal;
    private static volatile Clock clock = Clock.systemDefaultZone();

    private UiTaskRunner taskRunner;
    private AppServices services;
    private PrintWarmUp warmUp;
    private UncaughtFailures uncaught;
    /** The refusal window's file choosers and Quit (a test's own, once it has shown a refusal through {@link #refuse}). */
    private Function<Supplier<Window>, DialogService> refusalChoosers = FxDialogService::new;
    private Runnable refusalQuit = OrderDeskApp::quitRefused;

    /**
     * Opens the window on the book {@code config} names (it starts opening the book at once, off this thread) and
     * returns when the application ends: false when the book was refused as it opened (Flyway's refusal of its
     * schema history) and the person quit in the refusal window, true otherwise.
     */
    public static boolean launch(DatabaseConfig config, Clock clock) {
        OrderDeskApp.clock = clock;
        if (STARTUP_PROBE) {
            // what the command line (picocli, settings, the file's check) costs before anything opens
            System.out.println("launch-ms=" + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
        startup = StartupJob.begin(config, clock);
        Application.launch(OrderDeskApp.class);
        return !quitOnRefusal;
    }

    /** A book refused before the window opened: the sentence, the folder its file lies in (null for a server). */
    record Refusal(String sentence, Path folder, Clock clock) {
    }

    /**
     * The command line's book was refused ({@code sentence}): the application opens with the refusal window as its
     * first window, which offers another book besides Quit. Returns when the application ends: true when the person
     * opened another book there (the desk ran on it), false when they quit or no window could open (no display: the
     * terminal's sentence and the log are all there is).
     */
    public static boolean launchRefused(String sentence, Path folder, Clock clock) {
        refused = new Refusal(sentence, folder, clock);
        OrderDeskApp.clock = clock;
        try {
            Application.launch(OrderDeskApp.class);
        } catch (RuntimeException | Error e) {
            LOG.info("No window could show why the desk did not open ({}); the terminal said it", e.toString());
            return false;
        }
        return openedAfterRefusal && !quitOnRefusal;
    }

    @Override
    public void start(Stage stage) {
        Refusal refusal = refused;
        if (refusal != null) {
            Theme.forUser().applyUserAgentStylesheet();
            refuse(stage, refusal, FxDialogService::new, OrderDeskApp::quitRefused);
            return;
        }
        startDesk(stage);
    }

    /**
     * The refusal window; a book chosen there that passes the check opens in {@code stage} as a start on it would,
     * in this same application (the toolkit starts once per process). {@code choosers} are the file choosers over
     * the refusal window (a test's scripted ones); {@code quit} is what Quit does.
     */
    StartRefusedWindow refuse(Stage stage, Refusal refusal, Function<Supplier<Window>, DialogService> choosers, Runnable quit) {
        refusalChoosers = choosers;
        refusalQuit = quit;
        StartRefusedWindow window = new StartRefusedWindow(choosers, StartCheck::file, config -> {
            startup = StartupJob.begin(config, refusal.clock());
            openedAfterRefusal = true;
            startDesk(stage);
        }, quit);
        window.show(refusal.sentence(), refusal.folder());
        return window;
    }

    private static void quitRefused() {
        quitOnRefusal = true;
        Platform.exit();
    }

    /**
     * Shows a plain window at once, then, a turn of the FX thread apiece, applies the theme and puts the splash in:
     * done in one go before the first frame they held the thread 1.7-2.0 s idle (performance.md, "The FX thread in
     * the application"). The first window has no control (a text only), so no stylesheet is parsed for it; the
     * theme's stylesheet can only be applied on the FX thread, and is.
     */
    private void startDesk(Stage stage) {
        Text starting = new Text("Starting Order Desk…");
        starting.setId("startupPlain");
        stage.setScene(new Scene(new StackPane(starting), 1366, 840));
        stage.setTitle("Order Desk");
        stage.setOnCloseRequest(e -> startup.cancel());
        stage.show();
        Platform.runLater(() -> {
            Theme theme = Theme.forUser();
            theme.applyUserAgentStylesheet();
            Platform.runLater(() -> openDesk(stage, theme));
        });
    }

    private void openDesk(Stage stage, Theme theme) {
        taskRunner = new ExecutorTaskRunner(2);
        DialogService dialogs = new FxDialogService(() -> stage);
        uncaught = UncaughtFailures.install(dialogs);
        DatabaseConfig config = startup.config();

        Scene[] splashScene = new Scene[1];
        StartupSplash splash = new StartupSplash(config.displayName(), startup, () -> {
            // a file without customers gets the demo book after all: back from the sign-in form to the splash
            if (stage.getScene() != splashScene[0]) {
                stage.setScene(splashScene[0]);
                stage.setTitle("Order Desk");
            }
        }, () -> {
            startup.cancel();
            stage.close();
        });
        Scene scene = new Scene(new StackPane(splash.root()), 1366, 840);
        splashScene[0] = scene;
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("Order Desk");
        // the start-up figure means something once: a later sign-in (another user) is not a start
        java.util.concurrent.atomic.AtomicBoolean firstDesk = new java.util.concurrent.atomic.AtomicBoolean(true);
        DeskSession session = new DeskSession(startup.services(), taskRunner, dialogs, theme, config.displayName(), areas -> {
            if (firstDesk.getAndSet(false)) {
                long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.info("Desk usable {} ms after JVM start", readyMs);
            }
            if (warmUp == null) {
                warmUp = PrintWarmUp.of(startup.services().join(), areas.user()); // signed in: the book is open
            }
            warmUp.startOnce();
        });
        // An existing book needs no demo data: the form shows now and its password check waits for
        // the book, so Flyway and Hibernate run while the clerk types (a first start keeps the splash).
        // The form's FXML is loaded off the FX thread; the splash shows meanwhile, and the form goes in only while
        // the splash still only says the book is opening (a book found empty writes the demo book first).
        if (startup.bookExisted()) {
            session.showSignIn(stage, () -> stage.getScene() == scene && startup.progress() < 0
                    && !startup.waitingForAnotherDesk()).thenAccept(OrderDeskApp::probeShown);
        }

        // The database has been opening since the command line was read; show its progress until done.
        splash.start();
        startup.services().whenComplete((services, error) -> Platform.runLater(() -> {
            splash.stop();
            if (startup.cancelled()) {
                // Cancel or the window closed: the start stopped as asked, nothing to report
                if (services != null) {
                    services.close();
                }
                Platform.exit();
                return;
            }
            if (error == null) {
                this.services = services;
                if (stage.getScene() == scene) {
                    session.showSignIn(stage, () -> stage.getScene() == scene).thenAccept(shown -> {
                        probeShown(shown);
                        probeDone();
                    });
                } else {
                    probeDone();
                }
                return;
            }
            Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
            if (cause instanceof BadDatabaseException) {
                // found only when Flyway reads the book (a schema history that does not match this version's): refused
                // as the command line refuses a file, in the same window with the same choices, the desk's window hidden
                LOG.warn("The book was refused as it opened: {}", cause.getMessage());
                System.err.println("orderdesk: " + cause.getMessage());
                taskRunner.shutdown();
                refuse(stage, new Refusal(cause.getMessage(), StartCheck.folderOf(config), clock), refusalChoosers, refusalQuit);
                // the sign-in form, still loading, goes in only while the splash's scene is up: it must not come back
                stage.setScene(new Scene(new StackPane(), 1, 1));
                stage.hide();
                return;
            }
            LOG.error("Could not open the database", cause);
            dialogs.error("Order Desk could not open the database " + config.displayName() + ": " + cause.getMessage(),
                    "Nothing was changed in it.",
                    "Check that the file is not read-only and the disk has room, or start with --db pointing to another file.",
                    cause);
            Platform.exit();
        }));
    }

    /** The start-up benchmark: the time to the sign-in form as a clerk sees it, without typing a password. */
    private static void probeShown(boolean shown) {
        if (STARTUP_PROBE && shown) {
            long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup-ms=" + readyMs);
        }
    }

    /** The benchmark ends once the book is open too (what a password check waits for at the earliest). */
    private static void probeDone() {
        if (STARTUP_PROBE) {
            long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            Platform.runLater(() -> {
                System.out.println("book-open-ms=" + readyMs);
                Platform.exit();
            });
        }
    }

    @Override
    public void stop() {
        if (uncaught != null) {
            uncaught.uninstall();
        }
        if (taskRunner != null) {
            taskRunner.shutdown();
        }
        if (services != null) {
            services.close();
        }
    }
}
