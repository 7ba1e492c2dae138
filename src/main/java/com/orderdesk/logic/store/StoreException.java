package com.orderdesk.logic.store;

/**
 * A save or load that the database refused, with a message a clerk can act on. What the user
 * typed is not part of the database transaction, so it is still on screen.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
