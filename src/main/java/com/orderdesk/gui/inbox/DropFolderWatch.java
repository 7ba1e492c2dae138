package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.ImportProgress;
import com.orderdesk.application.capture.ImportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the drop folder at start and then every few seconds, on a thread of its own (never the FX
 * thread): each file not seen before (by name, size and time) is taken in; the inbox itself
 * leaves out a file it already holds (same name and bytes), so a file is read once, also across
 * restarts. Polling rather than a WatchService: it works the same on network shares, where file
 * events are not delivered. Hidden and ".part" files are left alone (still being written).
 */
public final class DropFolderWatch implements AutoCloseable {
    private final InboxDeskServices services;
    private final Consumer<ImportSummary> taken;
    private final Consumer<String> problem;
    private final Set<String> seen = new HashSet<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inbox-drop-folder");
        t.setDaemon(true);
        return t;
    });

    /** {@code taken} and {@code problem} are called on the watch's thread (hand them to the FX thread). */
    public DropFolderWatch(InboxDeskServices services, Consumer<ImportSummary> taken, Consumer<String> problem) {
        this.services = services;
        this.taken = taken;
        this.problem = problem;
    }

    public void start(long everySeconds) {
        timer.scheduleWithFixedDelay(this::sweep, 0, everySeconds, TimeUnit.SECONDS);
    }

    /** One look at the folder: what is new is taken in (public for tests, which call it directly). */
    public synchronized void sweep() {
        try {
            Path folder = services.folders().dropFolder();
            if (!Files.isDirectory(folder)) {
                return;
            }
            List<Path> fresh = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!Files.isRegularFile(f) || name.startsWith(".") || name.endsWith(".part")) {
                        continue;
                    }
                    String key = name + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis();
                    if (seen.add(key)) {
                        fresh.add(f);
                    }
                }
            }
            if (!fresh.isEmpty()) {
                ImportSummary s = services.take(fresh, ImportProgress.NONE);
                if (s.read() > 0) {
                    taken.accept(s);
                }
            }
        } catch (IOException | RuntimeException e) {
            problem.accept("The drop folder could not be read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
