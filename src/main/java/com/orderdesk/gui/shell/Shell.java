package com.orderdesk.gui.shell;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main window of Order Desk: a navigation rail with the registered {@link WorkArea}s
 * (Ctrl+1..9 in rail order), the area in front, a status bar bound to a {@link StatusBarModel},
 * a File &gt; Sign in as menu for the demo users, View &gt; Dark theme, and an F1 shortcut sheet.
 * Build it on the FX thread, or off it before it is shown (its nodes are in no scene yet: the desk builds it on its
 * view thread while the sign-in form says "Signing in…"); show it on the FX thread:
 *
 * <pre>{@code
 * Shell shell = Shell.builder()
 *         .area(orderEntryArea)
 *         .area(ordersArea)
 *         .status(statusBar)                          // shared with the screens
 *         .users(demoUsers, user -> session.signIn(user.login()))
 *         .signedIn(demoUsers.get(0))
 *         .theme(theme)
 *         .build();
 * shell.show(stage);                                  // opens with the first area in front
 * }</pre>
 */
public final class Shell {
    private final ShellViewModel model;
    private final MainWindowController controller;
    private final Theme theme;

    private Shell(Builder b) {
        this.model = new ShellViewModel(b.areas, b.status, b.users, b.onUserSwitch);
        this.theme = b.theme;
        model.setSignedIn(b.signedIn);
        this.controller = new MainWindowController(model, theme, b.viewLoader);
        controller.setChangePassword(b.changePassword);
        FXMLLoader loader = new FXMLLoader(Shell.class.getResource("MainWindow.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> controller);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load MainWindow.fxml", e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The window's root node (for embedding or tests). */
    public Parent root() {
        return controller.root();
    }

    /**
     * Puts the shell in {@code stage} with the application stylesheet, brings the first area to
     * front and shows the stage.
     */
    public void show(Stage stage) {
        Scene scene = new Scene(root());
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (model.selected() == null) {
            model.select(0);
        }
        stage.show();
    }

    /** Brings the area with {@code id} to front; false when no such area is registered. */
    public boolean select(String id) {
        return model.select(id);
    }

    /**
     * Brings the area with {@code id} to front and runs {@code then} once its view is in front (at once when
     * it already was; after it is built at a first visit; never if another area is asked for first).
     */
    public boolean select(String id, Runnable then) {
        boolean found = model.select(id);
        if (found) {
            controller.whenShown(model.selected(), then);
        }
        return found;
    }

    /**
     * Runs the area in front's "shown" hook again (which puts the cursor in its first field). Call
     * after the window got a new scene: focus set before the scene was showing is lost. An area whose
     * view is still being built runs its hook when it comes in.
     */
    public void refocusSelectedArea() {
        controller.refocusSelectedArea();
    }

    /** The area in front ({@code null} before the first is shown, or when none is registered). */
    public ReadOnlyObjectProperty<WorkArea> selectedAreaProperty() {
        return model.selectedProperty();
    }

    /** The signed-in user as the shell shows it. */
    public ReadOnlyObjectProperty<ShellUser> signedInUserProperty() {
        return model.userProperty();
    }

    /** Switches the signed-in user as the Sign in as menu does (the callback runs first). */
    public void switchUser(ShellUser user) {
        model.switchUser(user);
    }

    /** Shows or hides the F1 shortcut sheet. */
    public void toggleShortcuts() {
        controller.toggleShortcuts();
    }

    public StatusBarModel status() {
        return model.status();
    }

    public List<WorkArea> areas() {
        return model.areas();
    }

    /** Builder for {@link Shell}; every part is optional except what the window cannot do without. */
    public static final class Builder {
        private final List<WorkArea> areas = new ArrayList<>();
        private StatusBarModel status = new StatusBarModel();
        private List<ShellUser> users = List.of();
        private Consumer<ShellUser> onUserSwitch = user -> { };
        private ShellUser signedIn;
        private Theme theme;
        private Runnable changePassword;
        private java.util.concurrent.Executor viewLoader;

        private Builder() {
        }

        /** Registers a work area; areas appear in registration order (Ctrl+1 is the first). */
        public Builder area(WorkArea area) {
            areas.add(Objects.requireNonNull(area, "area"));
            return this;
        }

        public Builder areas(List<WorkArea> more) {
            more.forEach(this::area);
            return this;
        }

        /** The status bar's model, shared with the screens that post messages to it. */
        public Builder status(StatusBarModel model) {
            this.status = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * The users File &gt; Sign in as offers, and what to do when one is chosen. The callback
         * runs on the FX thread before the status bar changes; throwing refuses the switch and its
         * message goes to the status bar.
         */
        public Builder users(List<ShellUser> choices, Consumer<ShellUser> onSwitch) {
            this.users = List.copyOf(choices);
            this.onUserSwitch = Objects.requireNonNull(onSwitch, "onSwitch");
            return this;
        }

        /** Who is signed in when the window opens (shown without calling the switch callback). */
        public Builder signedIn(ShellUser user) {
            this.signedIn = user;
            return this;
        }

        /** Offers View &gt; Dark theme bound to {@code value}; without it the View menu is hidden. */
        public Builder theme(Theme value) {
            this.theme = value;
            return this;
        }

        /** Offers File &gt; Change my password (Ctrl+Shift+P) running {@code action}; without it the item is hidden. */
        public Builder changePassword(Runnable action) {
            this.changePassword = action;
            return this;
        }

        /**
         * Builds each area's view at its first visit on {@code loader} (one thread: one area at a time), off the
         * FX thread, showing "Opening ..." meanwhile; without it views are built on the FX thread when shown.
         */
        public Builder viewLoader(java.util.concurrent.Executor loader) {
            this.viewLoader = loader;
            return this;
        }

        /** Builds the window's scene graph (its nodes only: safe off the FX thread until {@link Shell#show}). */
        public Shell build() {
            return new Shell(this);
        }
    }
}
