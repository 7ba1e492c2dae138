package com.orderdesk.gui.common;

import java.nio.file.Path;

/**
 * Where the application's log is, to tell a user who meets a failure no sentence was written for: the
 * folder the Launcher chose before logging started ({@code orderdesk.logdir}, the data folder), or the
 * temp folder's own folder that logback.xml falls back to.
 */
public final class LogFile {
    private LogFile() {
    }

    /** The current log file ({@code orderdesk.log}; older ones roll over to orderdesk.1.log and on). */
    public static Path path() {
        String folder = System.getProperty("orderdesk.logdir");
        Path dir = folder != null ? Path.of(folder)
                : Path.of(System.getProperty("java.io.tmpdir"), "orderdesk-" + System.getProperty("user.name"));
        return dir.resolve("orderdesk.log");
    }
}
