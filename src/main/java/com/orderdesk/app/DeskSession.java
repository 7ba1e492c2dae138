package com.orderdesk.app;

import com.orderdesk.application.security.SignInUseCase;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.security.SignInController;
import com.orderdesk.gui.shell.Shell;
import com.orderdesk.gui.shell.ShellUser;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WindowFit;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.demo.DemoDataGenerator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who sits at the desk: the sign-in form at start, then the main window with the work areas the
 * user's role may use. Switching user (File &gt; Sign in as) asks for that user's password and
 * rebuilds the window for their role; a cancelled or failed sign-in keeps the current user.
 *
 * <p>The sign-in form's FXML and, after a sign-in, the main window (the users for Sign in as, the desk's
 * wiring, MainWindow.fxml) are prepared off the FX thread, then put in a window on it: built on the FX
 * thread they held it 1.7-2.0 s at the first start and 1.0-2.2 s at signing in, idle (performance.md, "The
 * FX thread in the application"). Nodes not yet in a scene may be made on any thread.
 */
final class DeskSession {
    private static final Logger LOG = LoggerFactory.getLogger(DeskSession.class);
    private final CompletableFuture<AppServices> book;
    private volatile AppServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final Theme theme;
    private final String databaseName;
    private final Consumer<WorkAreas> onDeskShown;
    private Shell shell;
    private WorkAreas areas;
    private SignedInUser user;
    /** The sign-in form being loaded or shown, kept while the start goes back to the splash and returns. */
    private CompletableFuture<SignInWindow> signInScene;
    /**
     * Where the sign-in form, the main window and the work areas' views are built: off the FX thread, one at a
     * time (an area asked for while the desk is built waits for it). Its one thread ends when idle.
     */
    private final Executor deskViews;

    DeskSession(AppServices services, UiTaskRunner tasks, DialogService dialogs, Theme theme, String databaseName,
                Consumer<WorkAreas> onDeskShown) {
        this(CompletableFuture.completedFuture(services), tasks, dialogs, theme, databaseName, onDeskShown);
    }

    /**
     * A session whose book may still be opening: the sign-in form shows at once, and checking the
     * password waits for the book (everything after a sign-in has it).
     */
    DeskSession(CompletableFuture<AppServices> book, UiTaskRunner tasks, DialogService dialogs, Theme theme,
                String databaseName, Consumer<WorkAreas> onDeskShown) {
        this(book, tasks, dialogs, theme, databaseName, onDeskShown, new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread thread = new Thread(r, "desk-views");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    /** As above, with the views built on {@code deskViews} (tests hold it to see the window while they are built). */
    DeskSession(CompletableFuture<AppServices> book, UiTaskRunner tasks, DialogService dialogs, Theme theme,
                String databaseName, Consumer<WorkAreas> onDeskShown, Executor deskViews) {
        this.book = book;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.theme = theme;
        this.databaseName = databaseName;
        this.onDeskShown = onDeskShown;
        this.deskViews = deskViews;
    }

    /** Shows the sign-in form in {@code stage} once loaded (off the FX thread); a successful sign-in opens the desk. */
    CompletableFuture<Boolean> showSignIn(Stage stage) {
        return showSignIn(stage, () -> true);
    }

    /**
     * As {@link #showSignIn(Stage)}, putting the form in only if {@code stillWanted} says so when it is loaded (the
     * start may have gone back to its splash meanwhile); the answer says whether it was put in. The same form is
     * shown again when asked again, with what was typed in it. Call on the FX thread; the answer completes on it.
     */
    CompletableFuture<Boolean> showSignIn(Stage stage, BooleanSupplier stillWanted) {
        if (signInScene == null) {
            signInScene = CompletableFuture.supplyAsync(() -> {
                SignInController form = SignInController.opening((name, password) -> services().signIn().signIn(name, password),
                        tasks, null, List.of(), signedIn -> showDesk(stage, signedIn));
                form.setOnMustChangePassword((signedIn, typed) -> PasswordWindows.forcedChange(stage, services(), tasks,
                        signedIn, typed, () -> showDeskOrSay(stage, signedIn), () -> {
                            signInScene = null; // a fresh form, as after any refusal
                            showSignIn(stage);
                        }));
                SignInWindow loaded = new SignInWindow(Views.load(form), form);
                showActiveDemoUsers(form); // once its labels exist
                return loaded;
            }, deskViews).thenApplyAsync(loaded -> {
                Scene scene = new Scene(loaded.root(), Math.max(stage.getWidth(), 900), Math.max(stage.getHeight(), 600));
                Theme.style(scene);
                return new SignInWindow(scene, loaded.form());
            }, Platform::runLater);
        }
        return signInScene.thenApplyAsync(window -> {
            if (!stillWanted.getAsBoolean()) {
                return false;
            }
            stage.setScene(window.scene());
            stage.setTitle("Order Desk: sign in");
            stage.show();
            window.form().focus();
            return true;
        }, Platform::runLater).whenComplete((shown, error) -> {
            if (error != null) {
                LOG.error("The sign-in form could not be shown", error);
            }
        });
    }

    /**
     * Prepares the main window for {@code signedIn} off the FX thread (the users for Sign in as, the desk's
     * wiring, MainWindow.fxml), then shows it with the areas their role may use. Call on the FX thread; the
     * answer completes on it once the window shows, or fails with why it could not be built (the window
     * shown before stays).
     */
    CompletableFuture<Void> showDesk(Stage stage, SignedInUser signedIn) {
        return CompletableFuture.supplyAsync(() -> prepareDesk(stage, signedIn), deskViews)
                .thenAcceptAsync(desk -> putIn(stage, desk), Platform::runLater);
    }

    /** The sign-in form: its view loaded off the FX thread, then its scene made on it. */
    private record SignInWindow(Scene scene, Parent root, SignInController form) {
        SignInWindow(Parent root, SignInController form) {
            this(null, root, form);
        }

        SignInWindow(Scene scene, SignInController form) {
            this(scene, scene.getRoot(), form);
        }
    }

    /** The parts of a desk built off the FX thread, to be put in a window on it. */
    private record Desk(SignedInUser user, StatusBarModel status, WorkAreas areas, Shell shell) {
    }

    private Desk prepareDesk(Stage stage, SignedInUser signedIn) {
        StatusBarModel status = new StatusBarModel();
        status.setDatabase(databaseName);
        List<ShellUser> users = services().activeUsers().stream()
                .map(u -> new ShellUser(u.username(), u.displayName(), SignInUseCase.toSignedIn(u).rolesLabel())).toList();
        ShellUser me = users.stream().filter(u -> signedIn.isUser(u.login())).findFirst()
                .orElse(new ShellUser(signedIn.userName(), signedIn.displayName(), signedIn.rolesLabel()));
        Shell[] built = new Shell[1];
        WorkAreas wired = new WorkAreas(services(), tasks, dialogs, status, signedIn, (id, then) -> built[0].select(id, then));
        built[0] = Shell.builder()
                .viewLoader(deskViews)
                .areas(wired.all())
                .status(status)
                .theme(theme)
                .users(users, next -> switchTo(stage, next))
                .signedIn(me)
                .changePassword(() -> PasswordWindows.changeOwn(stage, services(), tasks, signedIn, status))
                .build();
        wired.acceptDroppedFiles(built[0].root());
        return new Desk(signedIn, status, wired, built[0]);
    }

    private void putIn(Stage stage, Desk desk) {
        signInScene = null; // a sign-in asked for later (a changed password's cancel) gets a fresh form
        this.user = desk.user();
        this.areas = desk.areas();
        this.shell = desk.shell();
        areas.showHome(); // before show, so the home area is the first one built (in the background)
        shell.show(stage);
        // the home area chose its first field before the scene was showing; choose it again now,
        // so a clerk who starts typing right after signing in types into the customer field
        Platform.runLater(shell::refocusSelectedArea);
        WindowFit.apply(stage);
        desk.status().showMessage("Signed in as " + user.displayName() + " (" + user.rolesLabel() + ")");
        onDeskShown.accept(areas);
    }

    /** Opens the desk where no form waits to say why it could not be (a changed password, a switch of user). */
    private void showDeskOrSay(Stage stage, SignedInUser signedIn) {
        showDesk(stage, signedIn).whenComplete((done, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                LOG.error("The desk of {} could not be opened", signedIn.userName(), cause);
                Platform.runLater(() -> dialogs.error("The desk of " + signedIn.displayName() + " could not be opened: "
                                + cause.getMessage(), "Nothing was changed in the book.",
                        "Try again; if it happens again, restart Order Desk.", cause));
            }
        });
    }

    /** Asks for {@code next}'s password; throws (refusing the switch) unless they signed in. */
    private void switchTo(Stage owner, ShellUser next) {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Sign in as " + next.displayName());
        SignedInUser[] result = new SignedInUser[1];
        SignInController form = new SignInController(services().signIn(), tasks, next.login(), List.of(), u -> {
            result[0] = u;
            dialog.close();
        });
        form.setOnMustChangePassword((u, typed) -> PasswordWindows.forcedChange(dialog, services(), tasks, u, typed, () -> {
            result[0] = u;
            dialog.close();
        }, dialog::close));
        Scene scene = new Scene(Views.load(form), 460, 320);
        Theme.style(scene);
        // Esc leaves the window as in every other dialog (it did nothing here): the current user stays signed in
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                dialog.close();
            }
        });
        dialog.setScene(scene);
        dialog.setOnShown(e -> form.focus());
        dialog.showAndWait();
        if (result[0] == null) {
            throw new IllegalStateException("the password was not confirmed; " + user.displayName() + " stays signed in");
        }
        SignedInUser signedIn = result[0];
        Platform.runLater(() -> showDeskOrSay(owner, signedIn));
    }

    SignedInUser user() {
        return user;
    }

    Shell shell() {
        return shell;
    }

    WorkAreas areas() {
        return areas;
    }

    /**
     * Once the book is open, names under the form the demo users who can sign in there: shown before the book was
     * read, the hint offered a demo user an administrator had switched off (and offered them all on a book without
     * any), and one whose password was changed since (polish17: it still said "password demo"). Read off the FX thread once the form is built, on a pool thread, not the views' thread: queued there,
     * it ran before the desk's own build after a quick sign-in and held it back (DeskOffTheFxThreadScreenTest, which
     * lets the views' thread run one task at a time, saw the desk never built).
     */
    private void showActiveDemoUsers(SignInController form) {
        book.thenAcceptAsync(open -> {
            List<String> active = open.signInHints().withFirstPasswordAmong(DemoDataGenerator.USERS.stream()
                    .map(DemoDataGenerator.DemoUser::username).toList());
            List<String> lines = demoHints(active);
            Platform.runLater(() -> form.showHints(lines));
        }).whenComplete((done, error) -> {
            // a book that did not open is said once, by the refusal; only a read that failed on an open book is news
            if (error != null && !book.isCompletedExceptionally()) {
                LOG.warn("The demo users for the sign-in hint could not be read", error);
            }
        });
    }

    private static List<String> demoHints(List<String> active) {
        List<String> offered = DemoDataGenerator.USERS.stream().filter(u -> active.contains(u.username()))
                .map(u -> u.username() + " (" + u.role().phrase() + ")").toList();
        return offered.isEmpty() ? List.of()
                : List.of("Demo users (password \"" + DemoDataGenerator.DEMO_PASSWORD + "\"): " + String.join(", ", offered));
    }

    /** The book; waits while it is still opening (only off the FX thread, or once it is open). */
    private AppServices services() {
        AppServices open = services;
        if (open == null) {
            open = book.join();
            services = open;
        }
        return open;
    }
}
