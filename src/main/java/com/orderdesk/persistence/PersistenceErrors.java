package com.orderdesk.persistence;

import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.StoreException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns what the JDBC driver and Hibernate throw into sentences. PostgreSQL says what went wrong
 * in the standard SQL state (23503 foreign key, 23505 unique, 23514 check, 40001/40P01 a
 * concurrent transaction, 08xxx the connection); SQLite reports a foreign-key violation as a
 * generic JDBC error with no useful state, so its message text is inspected instead.
 */
public final class PersistenceErrors {
    enum Kind { FOREIGN_KEY, UNIQUE, CHECK, NOT_NULL, CONCURRENT, BUSY, CONNECTION, OTHER }

    private PersistenceErrors() {
    }

    /**
     * For a unit of work: a failure of the database becomes a sentence ({@link #translate}); the
     * use case's own exceptions (refusals, validation, a cancelled task) pass through unchanged.
     */
    public static RuntimeException translateIfDatabase(String action, RuntimeException e) {
        return isDatabaseFailure(e) ? translate(action, e) : e;
    }

    /** The database was busy with another connection's write for longer than the busy timeout. */
    static boolean isBusy(RuntimeException e) {
        return isDatabaseFailure(e) && classify(e) == Kind.BUSY;
    }

    /** Whether JDBC, Hibernate or JPA raised it (anywhere down the cause chain). */
    static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof SQLException || type.startsWith("org.hibernate.") || type.startsWith("jakarta.persistence.")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
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
        return switch (classify(e)) {
            case FOREIGN_KEY -> new StoreException(action + " was refused: it refers to a record that does not exist"
                    + " (it may have been deleted by another desk).", e);
            case UNIQUE -> new StoreException(action + " was refused: a record with the same number already exists.", e);
            case CHECK -> new StoreException(action + " was refused: a value is out of the allowed range.", e);
            case NOT_NULL -> new StoreException(action + " was refused: a required value is missing.", e);
            case CONCURRENT -> new StoreException(action + " could not finish because another desk was saving related"
                    + " records at the same moment. Nothing was saved; try again.", e);
            case BUSY -> new StoreException(action + " could not finish: the database is busy with another desk's work."
                    + " Nothing was saved; try again in a moment.", e);
            case CONNECTION -> new StoreException(action + " could not finish: the connection to the database server"
                    + " was lost. Nothing was saved; check the network and try again.", e);
            case OTHER -> e instanceof ConstraintViolationException
                    ? new StoreException(action + " was refused by a database rule: " + rootMessage(e), e)
                    : new StoreException(action + " failed: " + rootMessage(e), e);
        };
    }

    static Kind classify(Throwable e) {
        String state = sqlState(e);
        if (state != null) {
            switch (state) {
                case "23503": return Kind.FOREIGN_KEY;
                case "23505": return Kind.UNIQUE;
                case "23514": return Kind.CHECK;
                case "23502": return Kind.NOT_NULL;
                case "40001", "40P01": return Kind.CONCURRENT;
                case "55P03": return Kind.BUSY;
                default:
                    if (state.startsWith("08")) {
                        return Kind.CONNECTION;
                    }
            }
        }
        // SQLite: the state is empty or generic, the message says it ("[SQLITE_CONSTRAINT_FOREIGNKEY] ...").
        String detail = rootMessage(e).toUpperCase(Locale.ROOT);
        if (detail.contains("FOREIGN KEY") || detail.contains("FOREIGNKEY")) {
            return Kind.FOREIGN_KEY;
        }
        if (detail.contains("UNIQUE")) {
            return Kind.UNIQUE;
        }
        if (detail.contains("CHECK CONSTRAINT") || detail.contains("CONSTRAINT_CHECK")) {
            return Kind.CHECK;
        }
        if (detail.contains("NOT NULL CONSTRAINT") || detail.contains("CONSTRAINT_NOTNULL")) {
            return Kind.NOT_NULL;
        }
        if (detail.contains("SQLITE_BUSY") || detail.contains("DATABASE IS LOCKED")) {
            return Kind.BUSY;
        }
        return Kind.OTHER;
    }

    /** The first five-character SQL state found down the cause chain (Hibernate wraps the driver's exception). */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && state.length() == 5) {
                        return state;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
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
