package com.orderdesk.logic.store;

/** Another desk changed the document after this desk opened it: this save was refused. */
public class ConcurrentEditException extends StoreException {
    public ConcurrentEditException(String message) {
        super(message);
    }

    public ConcurrentEditException(String message, Throwable cause) {
        super(message, cause);
    }
}
