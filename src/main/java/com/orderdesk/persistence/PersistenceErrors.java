package com.orderdesk.persistence;

import com.orderdesk.logic.store.StoreException;
import com.orderdesk.logic.store.ConcurrentEditException;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns what the JDBC driver and Hibernate throw into sentences. SQLite reports a foreign-key
 * violation as a generic JDBC error (see STACK.md), so the SQL state text is inspected as well.
 */
public final class PersistenceErrors {
    private PersistenceErrors() {
    }

    public static StoreException translate(String action, RuntimeException e) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (e instanceof OptimisticLockException || e instanceof StaleStateException
                || e.getCause() instanceof StaleStateException) {
            return new ConcurrentEditException(action + " was refused: another desk changed the same document"
                    + " after you opened it. Your entries are still on screen; reload to see the other changes.", e);
        }
        String detail = rootMessage(e).toUpperCase(Locale.ROOT);
        if (detail.contains("FOREIGN KEY") || detail.contains("FOREIGNKEY")) {
            return new StoreException(action + " was refused: it refers to a record that does not exist"
                    + " (it may have been deleted by another desk).", e);
        }
        if (detail.contains("UNIQUE")) {
            return new StoreException(action + " was refused: a record with the same number already exists.", e);
        }
        if (detail.contains("CHECK CONSTRAINT") || detail.contains("CHECK")) {
            return new StoreException(action + " was refused: a value is out of the allowed range.", e);
        }
        if (detail.contains("SQLITE_BUSY") || detail.contains("DATABASE IS LOCKED")) {
            return new StoreException(action + " could not finish: the database is busy with another desk's work."
                    + " Nothing was saved; try again in a moment.", e);
        }
        if (e instanceof ConstraintViolationException) {
            return new StoreException(action + " was refused by a database rule: " + rootMessage(e), e);
        }
        return new StoreException(action + " failed: " + rootMessage(e), e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        String msg = e.getMessage();
        while (t != null) {
            if (t instanceof SQLException || t.getCause() == null) {
                msg = t.getMessage();
            }
            t = t.getCause();
        }
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
