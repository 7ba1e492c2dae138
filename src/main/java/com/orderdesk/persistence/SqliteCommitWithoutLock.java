package com.orderdesk.persistence;

import java.sql.Connection;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * Makes a write transaction's commit (and rollback) unable to fail after it has ended.
 *
 * <p>The SQLite driver ends {@code commit()} and {@code rollback()} by starting the connection's
 * next transaction at once, in the connection's configured mode: {@code COMMIT; BEGIN IMMEDIATE}.
 * That second statement takes the write lock again. When another desk holds the lock it waits out
 * the busy timeout and fails with SQLITE_BUSY; when the connection still reads from a snapshot that
 * another desk's commit has made stale, it fails at once with SQLITE_BUSY_SNAPSHOT. Either way
 * {@code commit()} throws although the unit of work <em>was</em> stored, and retrying the unit would
 * apply it twice (route an allocated order again, issue the same invoices twice). So the commit and
 * the rollback of a pooled connection run with the configured mode set to DEFERRED, whose
 * {@code BEGIN} takes no lock and cannot be busy, and the mode is put back at once: the next unit
 * of work begins (when Hibernate turns auto-commit off) with {@code BEGIN IMMEDIATE} as before,
 * which is where waiting for another desk belongs.
 *
 * <p>The driver's {@code setCurrentTransactionMode} looks like the tool for this but is not: it only
 * matters for connections opened read-only ({@code SQLiteConfig.isExplicitReadOnly}); the
 * {@code BEGIN} after a commit reads the connection's configuration, which is what is switched here.
 */
final class SqliteCommitWithoutLock {
    /** A commit or a rollback of the real connection. */
    interface Ending {
        Object run() throws Throwable;
    }

    private SqliteCommitWithoutLock() {
    }

    /** Runs {@code ending} on {@code real} so that the transaction it starts afterwards is DEFERRED. */
    static Object end(Connection real, Ending ending) throws Throwable {
        if (!real.isWrapperFor(SQLiteConnection.class)) {
            return ending.run();
        }
        SQLiteConnectionConfig config = real.unwrap(SQLiteConnection.class).getConnectionConfig();
        SQLiteConfig.TransactionMode mode = config.getTransactionMode();
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        try {
            return ending.run();
        } finally {
            config.setTransactionMode(mode);
        }
    }
}
