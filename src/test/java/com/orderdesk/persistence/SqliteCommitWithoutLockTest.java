package com.orderdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * A write unit takes the SQLite write lock when it begins (where waiting for another desk belongs)
 * and its commit starts no locking transaction afterwards, so a commit that stored the unit cannot
 * be reported as failed (and retried) because another desk grabbed the lock in between.
 */
class SqliteCommitWithoutLockTest {
    @TempDir
    Path dir;

    @Test
    void eachWriteUnitLocksAtItsStartAndCommitsWithoutTakingTheLockAgain() throws Exception {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("book.db")))) {
            for (int unit = 0; unit < 3; unit++) {
                AtomicReference<SQLiteConfig.TransactionMode> next = new AtomicReference<>();
                db.write(s -> {
                    assertThatThrownBy(this::anotherDeskBeginsAWrite).as("the lock is held from the unit's start")
                            .hasMessageContaining("SQLITE_BUSY");
                    s.doWork(c -> next.set(c.unwrap(SQLiteConnection.class).getCurrentTransactionMode()));
                    return null;
                });
                assertThat(next.get()).as("the transaction the commit starts").isEqualTo(SQLiteConfig.TransactionMode.DEFERRED);
                anotherDeskBeginsAWrite(); // released after the unit
            }
        }
    }

    private void anotherDeskBeginsAWrite() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db") + "?busy_timeout=0")) {
            c.createStatement().execute("BEGIN IMMEDIATE");
            c.createStatement().execute("ROLLBACK");
        }
    }
}
