package com.orderdesk.logic.security;

/**
 * A change to the book asked for by a user who did not sign in with a password: only a password
 * opens the book's audit key, and every change writes an entry sealed with it.
 */
public final class NotSignedInException extends RuntimeException {
    public NotSignedInException(String message) {
        super(message);
    }
}
