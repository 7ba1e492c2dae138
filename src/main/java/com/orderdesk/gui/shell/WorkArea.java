package com.orderdesk.gui.shell;

import com.orderdesk.gui.common.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One work area of the main window (order entry, orders, credit holds, ...): a button in the
 * navigation rail, a Ctrl+<i>n</i> shortcut (by position), and a view built the first time the
 * area is opened. Only registered areas appear, in registration order.
 *
 * <pre>{@code
 * WorkArea orders = WorkArea.builder("orders", Messages.get("area.orders"), Material2AL.LIST_ALT)
 *         .shortcut("Ctrl+F", "Search orders")
 *         .shortcut("Enter", "Open the selected order")
 *         .view(() -> Views.load(ordersController))   // built once, on first show
 *         .onShown(ordersController::refresh)         // every time the area comes to front
 *         .build();
 * }</pre>
 */
public final class WorkArea {
    private final String id;
    private final String title;
    private final Ikon icon;
    private final List<Shortcut> shortcuts;
    private final Supplier<? extends Node> view;
    private final Runnable onShown;

    private WorkArea(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.icon = b.icon;
        this.shortcuts = List.copyOf(b.shortcuts);
        this.view = Objects.requireNonNull(b.view, "view: every work area needs a view factory");
        this.onShown = b.onShown;
    }

    /**
     * Starts a work area.
     *
     * @param id    stable identifier, e.g. "orders" (also the node id of its rail button: "nav-orders")
     * @param title what the rail and menus show, from the message bundle
     * @param icon  an Ikonli icon, e.g. {@code Material2AL.LIST_ALT}
     */
    public static Builder builder(String id, String title, Ikon icon) {
        return new Builder(id, title, icon);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** The screen's own shortcuts for the F1 sheet (the global ones are added by the shell). */
    public List<Shortcut> shortcuts() {
        return shortcuts;
    }

    /**
     * Builds the area's view; the shell calls it once, at the first show: off the FX thread when the shell
     * has a view loader (make the controller and load its FXML there; touch no node in a scene).
     */
    Node createView() {
        return Objects.requireNonNull(view.get(), () -> "work area " + id + " built no view");
    }

    /** Runs the area's hook after it came to front. */
    void shown() {
        onShown.run();
    }

    /** Builder for {@link WorkArea}. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final Ikon icon;
        private final List<Shortcut> shortcuts = new ArrayList<>();
        private Supplier<? extends Node> view;
        private Runnable onShown = () -> { };

        private Builder(String id, String title, Ikon icon) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
            this.icon = Objects.requireNonNull(icon, "icon");
        }

        /** Adds a line to the area's shortcut sheet. */
        public Builder shortcut(String keys, String action) {
            shortcuts.add(new Shortcut(keys, action));
            return this;
        }

        public Builder shortcuts(List<Shortcut> more) {
            shortcuts.addAll(more);
            return this;
        }

        /**
         * The factory of the area's view (typically {@code () -> Views.load(controller.get())}, the controller made
         * at the first call). The desk runs it off the FX thread: it must not touch nodes already in a scene.
         */
        public Builder view(Supplier<? extends Node> factory) {
            this.view = factory;
            return this;
        }

        /**
         * The area as most are: {@code controller}'s FXML is its view (the controller made at the first visit), and
         * each time the area comes to front the controller reads the book again ({@code read}, as the screen may be
         * out of date since the last visit) and then puts the cursor where the work starts ({@code focus}).
         */
        public <C> Builder screen(Supplier<C> controller, Consumer<C> read, Consumer<C> focus) {
            view(() -> Views.load(controller.get()));
            return onShown(() -> {
                read.accept(controller.get());
                focus.accept(controller.get());
            });
        }

        /** Called each time the area comes to front (refresh a list, focus the first field). */
        public Builder onShown(Runnable hook) {
            this.onShown = Objects.requireNonNull(hook, "hook");
            return this;
        }

        public WorkArea build() {
            return new WorkArea(this);
        }
    }
}
