package com.orderdesk.gui.common;

import java.util.function.LongSupplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's answer to a failure nothing caught: a button's handler that throws, a listener, a thread of
 * the desk's own. Without it JavaFX printed the trace on the terminal (where a user who started the
 * desk from a shortcut never looks) and the click seemed to do nothing, and the log kept nothing. Now the
 * log keeps the trace and the user is told, in the desk's error dialog, that something unexpected went
 * wrong, that the screen was left as it was, and where the log is. A failure that repeats at once (a
 * handler that fails on every pulse) is logged each time but told once in a few seconds, so the user is
 * not buried under dialogs; one dialog at a time.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtFailures.class);
    static final long QUIET_NANOS = 3_000_000_000L;
    private final DialogService dialogs;
    private final LongSupplier nanoTime;
    private Thread.UncaughtExceptionHandler defaultBefore;
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler fxBefore;
    private boolean telling;
    private long toldAt;
    private boolean toldOnce;

    UncaughtFailures(DialogService dialogs, LongSupplier nanoTime) {
        this.dialogs = dialogs;
        this.nanoTime = nanoTime;
    }

    /** Makes this the handler of every thread, the FX thread's included; call on the FX thread once the desk has its dialogs. */
    public static UncaughtFailures install(DialogService dialogs) {
        UncaughtFailures handler = new UncaughtFailures(dialogs, System::nanoTime);
        handler.defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            handler.fxThread = Thread.currentThread();
            handler.fxBefore = handler.fxThread.getUncaughtExceptionHandler();
            handler.fxThread.setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    /**
     * Puts back the handlers there were before {@link #install}, when the desk stops: its dialogs belong to a
     * window that is gone (the toolkit can outlive a desk: a test's, or a start refused and then made again).
     */
    public void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
        }
        if (fxThread != null && fxThread.getUncaughtExceptionHandler() == this) {
            fxThread.setUncaughtExceptionHandler(fxBefore);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Unexpected failure on thread {}", thread.getName(), failure);
        if (Platform.isFxApplicationThread()) {
            tell(failure);
        } else {
            try {
                Platform.runLater(() -> tell(failure));
            } catch (IllegalStateException toolkitGone) {
                // the desk is closing: the log has it
            }
        }
    }

    private void tell(Throwable failure) {
        long now = nanoTime.getAsLong();
        if (telling || (toldOnce && now - toldAt < QUIET_NANOS)) {
            return;
        }
        telling = true;
        try {
            dialogs.error(Messages.get("unexpected.happened", failure.getClass().getSimpleName()),
                    Messages.get("unexpected.kept"), Messages.get("unexpected.todo", LogFile.path()));
        } catch (RuntimeException dialogFailed) {
            LOG.error("The dialog about an unexpected failure could not be shown", dialogFailed);
        } finally {
            telling = false;
            toldOnce = true;
            toldAt = nanoTime.getAsLong();
        }
    }
}
