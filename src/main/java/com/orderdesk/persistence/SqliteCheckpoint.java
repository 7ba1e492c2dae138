package com.orderdesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Folds a closed SQLite book's write-ahead log into the file itself, so the file alone is the whole
 * book (a book in WAL mode may keep its last transactions in the -wal file beside it until then).
 */
public final class SqliteCheckpoint {
    private SqliteCheckpoint() {
    }

    /** @throws IOException when the log cannot be folded in, or some of it is still beside the file after */
    public static void foldInTheLog(Path file) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IOException("the log of " + file + " could not be folded in: " + e.getMessage(), e);
        }
        Path wal = Path.of(file + "-wal");
        if (Files.exists(wal) && Files.size(wal) > 0) {
            throw new IOException("the log " + wal + " still holds " + Files.size(wal) + " bytes");
        }
    }
}
