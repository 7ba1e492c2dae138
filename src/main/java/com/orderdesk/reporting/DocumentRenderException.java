package com.orderdesk.reporting;

/** A template that does not compile, a document that does not fill, or a file that cannot be written. */
public final class DocumentRenderException extends RuntimeException {
    public DocumentRenderException(String message) {
        super(message);
    }

    public DocumentRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
