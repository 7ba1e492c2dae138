package com.orderdesk.reporting;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PDFs being written, under a name that marks them as partial ({@value #PREFIX}...) until they
 * are published under their final name. A run that is stopped leaves none behind: the ones in
 * flight are removed when the JVM shuts down (Ctrl+C, kill), and a run that was killed outright
 * has its leftovers removed by the next export into the same folder.
 */
public final class PartialFiles {
    public static final String PREFIX = ".partial-";
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(PartialFiles::deleteQuietly),
                "orderdesk-partial-pdf-cleanup"));
    }

    private PartialFiles() {
    }

    /** A new, empty partial file in {@code dir}, tracked until {@link #done}. */
    public static Path create(Path dir, String documentNumber) throws IOException {
        Files.createDirectories(dir);
        Path p = Files.createTempFile(dir, PREFIX + documentNumber + "-", ".pdf");
        IN_FLIGHT.add(p);
        return p;
    }

    /** The file was published or deleted: no longer ours to clean up. */
    public static void done(Path partial) {
        IN_FLIGHT.remove(partial);
    }

    /** Removes partial files left in {@code dir} by a run that was killed; returns how many. */
    public static int removeLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.pdf")) {
            for (Path f : files) {
                if (!IN_FLIGHT.contains(f) && deleteQuietly(f)) {
                    n++;
                }
            }
        } catch (IOException e) {
            return n;
        }
        return n;
    }

    static boolean deleteQuietly(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            return false;
        }
    }
}
