package com.orderdesk.gui.inbox;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.ImportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the drop folder at start and then every few seconds, on a thread of its own (never the FX
 * thread). The folder is asked for at every look, so a folder an administrator changes is read from
 * the next look on. A file is taken once it is done being written: when its size and time are the
 * same as at the previous look, or it has not been touched for {@code quiet} (files already there
 * at start are taken at the first look). Each file is taken once per size and time; the inbox
 * itself leaves out a file it already holds (same name and bytes), so a file is read once, also
 * across restarts. Polling rather than a WatchService: it works the same on network shares, where
 * file events are not delivered. Hidden and ".part" files are left alone (still being written).
 */
public final class DropFolderWatch implements AutoCloseable {
    /** A file untouched this long is taken at the first look. */
    public static final Duration QUIET = Duration.ofSeconds(2);

    private final InboxDeskServices services;
    private final Consumer<ImportSummary> taken;
    private final Consumer<String> problem;
    private final Duration quiet;
    /** Path to "size|time" at the previous look. */
    private Map<Path, String> lastLook = new HashMap<>();
    private final Set<String> done = new HashSet<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inbox-drop-folder");
        t.setDaemon(true);
        return t;
    });

    /** {@code taken} and {@code problem} are called on the watch's thread (hand them to the FX thread). */
    public DropFolderWatch(InboxDeskServices services, Consumer<ImportSummary> taken, Consumer<String> problem) {
        this(services, taken, problem, QUIET);
    }

    /** With the time after which an untouched file counts as written whole (tests give a long one). */
    public DropFolderWatch(InboxDeskServices services, Consumer<ImportSummary> taken, Consumer<String> problem, Duration quiet) {
        this.services = services;
        this.taken = taken;
        this.problem = problem;
        this.quiet = quiet;
    }

    public void start(long everySeconds) {
        timer.scheduleWithFixedDelay(this::sweep, 0, everySeconds, TimeUnit.SECONDS);
    }

    /** One look at the folder: what is new and written whole is taken in (public for tests, which call it directly). */
    public synchronized void sweep() {
        try {
            Path folder = services.folders().dropFolder();
            if (!Files.isDirectory(folder)) {
                return;
            }
            List<Path> fresh = new ArrayList<>();
            List<String> freshKeys = new ArrayList<>();
            Map<Path, String> look = new HashMap<>();
            long settledBefore = System.currentTimeMillis() - quiet.toMillis();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!Files.isRegularFile(f) || name.startsWith(".") || name.endsWith(".part")) {
                        continue;
                    }
                    long modified = Files.getLastModifiedTime(f).toMillis();
                    String state = Files.size(f) + "|" + modified;
                    look.put(f, state);
                    String key = f.toAbsolutePath() + "|" + state;
                    if (!done.contains(key) && (state.equals(lastLook.get(f)) || modified < settledBefore)) {
                        fresh.add(f);
                        freshKeys.add(key);
                    }
                }
            }
            lastLook = look;
            if (!fresh.isEmpty()) {
                ImportSummary s = services.take(fresh, BatchProgress.NONE);
                done.addAll(freshKeys);
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
