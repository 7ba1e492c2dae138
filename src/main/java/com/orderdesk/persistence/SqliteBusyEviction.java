package com.orderdesk.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Throws away a pooled SQLite connection that met SQLITE_BUSY. When the driver's
 * {@code BEGIN IMMEDIATE} times out waiting for another desk, it has already switched the
 * connection out of auto-commit: handed out again, that connection would run the next unit of work
 * without a transaction (each statement on its own, then "cannot commit - no transaction is
 * active"). A fresh connection costs well under a millisecond; a half-transaction costs the book.
 */
public final class SqliteBusyEviction implements SQLExceptionOverride {
    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toUpperCase(Locale.ROOT);
            if (m.contains("SQLITE_BUSY") || m.contains("DATABASE IS LOCKED")) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
