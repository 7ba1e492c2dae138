package com.orderdesk.app;

import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.SqliteCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A first start's demo book is written beside the book's file and moved into its place only when it
 * is whole. Its steps commit one by one (the bulk rows, then the shipments, the cash day, the cases),
 * so a window closed or a machine stopped halfway used to leave a book with history but no
 * shipments, cash or cases, which every later start then opened as if it were the demo. Now such a
 * stop leaves no book: the next start writes the demo again.
 */
final class StagedDemoBook {
    private static final Logger LOG = LoggerFactory.getLogger(StagedDemoBook.class);
    static final String SUFFIX = ".demo-part";
    /** A part file older than this is a stopped start's, not another window's at work beside this one. */
    private static final Duration STALE = Duration.ofMinutes(30);

    private StagedDemoBook() {
    }

    /** Whether a first start of this book is staged: a SQLite book whose file does not exist yet. */
    static boolean applies(DatabaseConfig config) {
        return config.vendor() == DatabaseConfig.Vendor.SQLITE && !Files.exists(Path.of(config.displayName()));
    }

    /**
     * Writes the demo book through {@code write} into a part file beside the book, then moves it to
     * the book's name. Another start that finished first wins: its book is kept and ours dropped.
     * When {@code write} throws (a cancel, a failure), the part file is deleted and no book appears.
     */
    static void write(DatabaseConfig config, Consumer<DatabaseConfig> write) {
        Path book = Path.of(config.displayName());
        Path folder = book.toAbsolutePath().getParent();
        removeStaleParts(folder, book.getFileName().toString());
        Path part;
        try {
            part = Files.createTempFile(folder, book.getFileName().toString() + ".", SUFFIX);
            Files.delete(part); // SQLite creates the file itself: an empty one is not a database
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write beside " + book + ": " + e.getMessage(), e);
        }
        try {
            write.accept(DatabaseConfig.sqlite(part));
            SqliteCheckpoint.foldInTheLog(part); // the file alone is moved: the WAL's last transactions go into it
            Files.move(part, book, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Demo book moved into place at {}", book);
        } catch (FileAlreadyExistsException e) {
            LOG.info("Another start wrote {} first; its book is kept", book);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the demo book to " + book + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(part);
        }
    }

    private static void removeStaleParts(Path folder, String bookName) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, bookName + ".*" + SUFFIX + "*")) {
            for (Path p : parts) {
                FileTime modified = Files.getLastModifiedTime(p);
                if (modified.toInstant().isBefore(before)) {
                    LOG.info("Removing {}, left by a first start that stopped", p);
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for stopped first starts' files in {}: {}", folder, e.toString());
        }
    }

    private static void deleteQuietly(Path part) {
        for (String tail : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(part + tail));
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", part + tail, e.toString());
            }
        }
    }
}
