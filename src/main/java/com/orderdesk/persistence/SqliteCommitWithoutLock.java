package com.orderdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Makes a write transaction's commit unable to fail after it has committed.
 *
 * <p>The SQLite driver ends {@code commit()} and {@code rollback()} by starting the connection's
 * next transaction at once, in the configured mode: {@code COMMIT; BEGIN IMMEDIATE}. When another
 * desk holds the write lock, that second statement waits out the busy timeout and fails with
 * SQLITE_BUSY, so {@code commit()} throws although the unit of work <em>was</em> stored; retrying
 * the unit would then apply it twice (route an allocated order again, issue the same invoices
 * twice). So once a write transaction has its lock ({@code BEGIN IMMEDIATE} ran when it began,
 * which is where waiting belongs), the connection's next transaction is switched to DEFERRED,
 * which takes no lock and cannot be busy. The driver resets the mode to IMMEDIATE after the
 * commit, for the next unit of work.
 */
final class SqliteCommitWithoutLock {
    private SqliteCommitWithoutLock() {
    }

    static void apply(Connection connection) throws SQLException {
        if (connection.isWrapperFor(SQLiteConnection.class)) {
            connection.unwrap(SQLiteConnection.class).setCurrentTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        }
    }
}
