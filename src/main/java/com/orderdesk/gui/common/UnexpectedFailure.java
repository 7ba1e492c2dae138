package com.orderdesk.gui.common;

import java.lang.reflect.InvocationTargetException;
import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What a screen shows of a failure no one wrote a sentence for: a programming error (a null, a bad
 * cast, an index), a database error that reached the screen untranslated, or a {@link Error}. Their own
 * messages are for developers ("Cannot invoke \"Object.toString()\" because \"value\" is null",
 * "could not execute statement [SQLITE_BUSY]") or empty, and screens put a failure's message after their
 * own words ("Products could not be listed: ..."). This one says instead that something unexpected went
 * wrong, of which kind, and where the log keeps the details; the log has the original with its trace
 * (the task runner logs every failed task). The house's own refusals (a use case's sentence, a store's
 * translated error, a wrong input) pass through unchanged.
 */
public final class UnexpectedFailure extends RuntimeException {
    private UnexpectedFailure(Throwable cause) {
        super(Messages.get("unexpected.problem", cause.getClass().getSimpleName(), LogFile.path()), cause);
    }

    /**
     * {@code failure} itself (as it came, wrappers and all) when its message is a sentence for the user;
     * otherwise an UnexpectedFailure around the failure inside the wrappers.
     */
    public static Throwable forUser(Throwable failure) {
        Throwable inner = unwrapped(failure);
        return isUnexpected(inner) ? new UnexpectedFailure(inner) : failure;
    }

    /** Whether {@code failure}'s own message is not for a user: see the class comment. */
    public static boolean isUnexpected(Throwable failure) {
        if (failure instanceof UnexpectedFailure) {
            return false;
        }
        if (failure instanceof Error || failure.getMessage() == null || failure.getMessage().isBlank()) {
            return true;
        }
        if (failure instanceof NullPointerException || failure instanceof ClassCastException
                || failure instanceof IndexOutOfBoundsException || failure instanceof ArithmeticException
                || failure instanceof ArrayStoreException || failure instanceof NegativeArraySizeException
                || failure instanceof NoSuchElementException || failure instanceof ConcurrentModificationException
                || failure instanceof UnsupportedOperationException) {
            return true;
        }
        String type = failure.getClass().getName();
        // the persistence layer turns the database's refusals into sentences (PersistenceErrors); one that
        // arrives as the driver's or Hibernate's own exception was not foreseen there
        return type.startsWith("org.hibernate.") || type.startsWith("jakarta.persistence.") || type.startsWith("java.sql.")
                || type.startsWith("org.sqlite.") || type.startsWith("org.postgresql.");
    }

    /** The failure inside the wrappers concurrency and reflection put around it, when they hold one. */
    private static Throwable unwrapped(Throwable failure) {
        Throwable f = failure;
        while ((f instanceof CompletionException || f instanceof ExecutionException
                || f instanceof InvocationTargetException) && f.getCause() != null) {
            f = f.getCause();
        }
        return f;
    }
}
