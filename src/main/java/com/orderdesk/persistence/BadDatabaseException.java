package com.orderdesk.persistence;

/**
 * The database named is not one Order Desk can open (not a SQLite file, another program's, a
 * folder, empty, read-only, missing, damaged, written by a newer version). The message is one
 * sentence naming the file and what is wrong; nothing was changed.
 */
public final class BadDatabaseException extends RuntimeException {
    public BadDatabaseException(String message) {
        super(message);
    }

    public BadDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
