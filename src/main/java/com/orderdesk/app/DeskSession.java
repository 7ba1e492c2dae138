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
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * Who sits at the desk: the sign-in form at start, then the main window with the work areas the
 * user's role may use. Switching user (File &gt; Sign in as) asks for that user's password and
 * rebuilds the window for their role; a cancelled or failed sign-in keeps the current user.
 */
final class DeskSession {
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
    /**
     * Where the work areas are made and their views loaded at their first visit: off the FX thread, one area at
     * a time (a second asked for while one loads waits for it). Its one thread ends when idle.
     */
    private final Executor areaViews = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread thread = new Thread(r, "work-area-views");
        thread.setDaemon(true);
        return thread;
    });

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
        this.book = book;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.theme = theme;
        this.databaseName = databaseName;
        this.onDeskShown = onDeskShown;
    }

    /** Shows the sign-in form in {@code stage}; a successful sign-in opens the desk. */
    void showSignIn(Stage stage) {
        // the password check (off the FX thread) is the first thing that needs the book
        SignInController form = new SignInController((name, password) -> services().signIn().signIn(name, password),
                tasks, null, demoHints(), signedIn -> showDesk(stage, signedIn));
        form.setOnMustChangePassword((signedIn, typed) -> PasswordWindows.forcedChange(stage, services(), tasks, signedIn, typed,
                () -> showDesk(stage, signedIn), () -> showSignIn(stage)));
        Scene scene = new Scene(Views.load(form), Math.max(stage.getWidth(), 900), Math.max(stage.getHeight(), 600));
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("Order Desk: sign in");
        stage.show();
        form.focus();
    }

    /** Opens the main window for {@code signedIn}, with the areas their role may use. */
    void showDesk(Stage stage, SignedInUser signedIn) {
        this.user = signedIn;
        StatusBarModel status = new StatusBarModel();
        status.setDatabase(databaseName);
        List<ShellUser> users = services().activeUsers().stream()
                .map(u -> new ShellUser(u.username(), u.displayName(), SignInUseCase.toSignedIn(u).rolesLabel())).toList();
        ShellUser me = users.stream().filter(u -> signedIn.isUser(u.login())).findFirst()
                .orElse(new ShellUser(signedIn.userName(), signedIn.displayName(), signedIn.rolesLabel()));
        areas = new WorkAreas(services(), tasks, dialogs, status, signedIn, (id, then) -> shell.select(id, then));
        shell = Shell.builder()
                .viewLoader(areaViews)
                .areas(areas.all())
                .status(status)
                .theme(theme)
                .users(users, next -> switchTo(stage, next))
                .signedIn(me)
                .changePassword(() -> PasswordWindows.changeOwn(stage, services(), tasks, signedIn, status))
                .build();
        areas.acceptDroppedFiles(shell.root());
        areas.showHome(); // before show, so the home area is the first one built (in the background)
        shell.show(stage);
        // the home area chose its first field before the scene was showing; choose it again now,
        // so a clerk who starts typing right after signing in types into the customer field
        javafx.application.Platform.runLater(shell::refocusSelectedArea);
        WindowFit.apply(stage);
        status.showMessage("Signed in as " + signedIn.displayName() + " (" + signedIn.rolesLabel() + ")");
        onDeskShown.accept(areas);
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
        Platform.runLater(() -> showDesk(owner, signedIn));
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

    private static List<String> demoHints() {
        StringBuilder sb = new StringBuilder("Demo users (password \"" + DemoDataGenerator.DEMO_PASSWORD + "\"): ");
        sb.append(String.join(", ", DemoDataGenerator.USERS.stream()
                .map(u -> u.username() + " (" + u.role().phrase() + ")").toList()));
        return List.of(sb.toString());
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
