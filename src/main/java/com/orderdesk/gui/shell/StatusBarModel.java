package com.orderdesk.gui.shell;

import java.time.Clock;
import java.time.LocalTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar shows; screens write to it, the shell binds the labels to it. Change it on
 * the FX thread.
 *
 * <ul>
 *   <li>{@link #userProperty()} and {@link #roleProperty()}: the signed-in user ("Dana Ortiz",
 *       "Credit manager"); the shell sets them when the user is switched;</li>
 *   <li>{@link #databaseProperty()}: the database in use (a file path or a server URL);</li>
 *   <li>{@link #countsProperty()}: the current area's counts ("512 orders, 3 on credit hold"),
 *       cleared by the shell when another area comes to front;</li>
 *   <li>{@link #lastMessageProperty()}: the result of the last action ("Order SO-104233 saved"),
 *       set with {@link #showMessage(String)}, which also records the time.</li>
 * </ul>
 */
public final class StatusBarModel {
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final StringProperty lastMessage = new SimpleStringProperty(this, "lastMessage", "");
    private final ObjectProperty<LocalTime> lastMessageTime = new SimpleObjectProperty<>(this, "lastMessageTime");
    /** Counts the messages shown: the same text again is a new message too (its text and time need not change). */
    private final ReadOnlyIntegerWrapper messagesShown = new ReadOnlyIntegerWrapper(this, "messagesShown");
    private final Clock clock;
    /** How a change is applied: on the FX thread in the application ({@link #onFxThread}). */
    private final java.util.function.Consumer<Runnable> apply;

    public StatusBarModel() {
        this(Clock.systemDefaultZone());
    }

    /** A model whose message times come from {@code clock} (tests). */
    public StatusBarModel(Clock clock) {
        this(clock, StatusBarModel::onFxThread);
    }

    private StatusBarModel(Clock clock, java.util.function.Consumer<Runnable> apply) {
        this.clock = clock;
        this.apply = apply;
    }

    /**
     * A model that changes on the calling thread, for view model tests that read it right after an
     * action from their own thread: with a toolkit running in the same JVM (other GUI tests), the
     * application's model would apply the change later, on the FX thread.
     */
    public static StatusBarModel changedOnTheCallingThread() {
        return new StatusBarModel(Clock.systemDefaultZone(), Runnable::run);
    }

    /** Shows the result of the last action, e.g. "Order SO-104233 saved", stamped with the time. */
    public void showMessage(String message) {
        apply.accept(() -> {
            lastMessageTime.set(LocalTime.now(clock).withNano(0));
            lastMessage.set(message);
            messagesShown.set(messagesShown.get() + 1);
        });
    }

    /**
     * The bar's labels are bound to this model, so it changes on the FX thread: a screen made off the thread at
     * its area's first visit posts its counts from its {@code initialize} (the credit holds' footer did, and
     * the toolkit refused). Without a running toolkit (view model tests) it changes at once.
     */
    private static void onFxThread(Runnable change) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            change.run();
            return;
        }
        try {
            javafx.application.Platform.runLater(change);
        } catch (IllegalStateException toolkitNotRunning) {
            change.run();
        }
    }

    /** Goes up by one with each {@link #showMessage}, the same message again included. */
    public ReadOnlyIntegerProperty messagesShownProperty() {
        return messagesShown.getReadOnlyProperty();
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public StringProperty lastMessageProperty() {
        return lastMessage;
    }

    public ObjectProperty<LocalTime> lastMessageTimeProperty() {
        return lastMessageTime;
    }

    public String getLastMessage() {
        return lastMessage.get();
    }

    public void setCounts(String text) {
        apply.accept(() -> counts.set(text));
    }

    public void setDatabase(String text) {
        database.set(text);
    }

    /**
     * The book's short name, for a status bar without room for its full address: a PostgreSQL book's
     * database and schema without the server and login ("orders schema east" of
     * "postgresql://db.example.com:5432/orders schema east as clerk", as DatabaseConfig shows it), a
     * SQLite book's file name ("orders.db").
     */
    static String bookName(String database) {
        String name = database.strip();
        if (name.startsWith("postgresql:")) {
            String rest = name.substring("postgresql:".length());
            if (rest.startsWith("//")) {
                int slash = rest.indexOf('/', 2);
                rest = slash < 0 ? rest.substring(2) : rest.substring(slash + 1);
            }
            int login = rest.lastIndexOf(" as ");
            return login > 0 ? rest.substring(0, login) : rest;
        }
        int sep = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return sep >= 0 && sep < name.length() - 1 ? name.substring(sep + 1) : name;
    }
}
