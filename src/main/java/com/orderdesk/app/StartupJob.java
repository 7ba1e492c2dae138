package com.orderdesk.app;

import com.orderdesk.persistence.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/**
 * Opens the database on its own thread from the moment the command line is read, so Flyway and
 * Hibernate start while the JVM is still bringing up the JavaFX toolkit; the window then waits
 * only for what is left. Progress (a first start writes the demo book) is kept for the splash.
 */
final class StartupJob implements StartupSplash.Status {
    private final DatabaseConfig config;
    private final CompletableFuture<AppServices> services = new CompletableFuture<>();
    private volatile double progress = -1;
    private volatile boolean cancelled;
    private volatile boolean waitingForAnotherDesk;
    private final boolean bookExisted;

    private StartupJob(DatabaseConfig config) {
        this.config = config;
        this.bookExisted = sqliteFileHasContent(config);
    }

    static StartupJob begin(DatabaseConfig config, Clock clock) {
        StartupJob job = new StartupJob(config);
        Thread t = new Thread(() -> {
            try {
                DoubleConsumer onProgress = p -> {
                    job.waitingForAnotherDesk = false; // this desk writes the book after all (the other one stopped)
                    job.progress = p;
                };
                job.services.complete(BookStart.openForWindow(config, clock, onProgress, () -> job.cancelled,
                        () -> job.waitingForAnotherDesk = true));
            } catch (Throwable e) {
                job.services.completeExceptionally(e);
            }
        }, "orderdesk-startup");
        t.setDaemon(true);
        t.start();
        return job;
    }

    /**
     * Whether the book was a SQLite file with content before this start: then no demo book is
     * written (as a rule) and the sign-in form can show while the book is still opening.
     */
    boolean bookExisted() {
        return bookExisted;
    }

    private static boolean sqliteFileHasContent(DatabaseConfig config) {
        if (config.vendor() != DatabaseConfig.Vendor.SQLITE) {
            return false;
        }
        try {
            Path file = Path.of(config.displayName());
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    DatabaseConfig config() {
        return config;
    }

    CompletableFuture<AppServices> services() {
        return services;
    }

    /** Demo-book progress from 0 to 1, or a negative value while only opening. */
    @Override
    public double progress() {
        return progress;
    }

    /** Whether the start waits while another desk writes the demo book of the same PostgreSQL book. */
    @Override
    public boolean waitingForAnotherDesk() {
        return waitingForAnotherDesk;
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }
}
