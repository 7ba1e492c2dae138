package com.orderdesk.gui.common;

/**
 * Text typed into a field could not be read. The message is a whole sentence for the user that
 * says what is wrong and what is allowed; {@link #position()} points at the offending character
 * (0-based) when there is one, so a field can put the caret there.
 */
public class InputException extends IllegalArgumentException {
    private final int position;

    public InputException(String message, int position) {
        super(message);
        this.position = position;
    }

    public InputException(String message) {
        this(message, -1);
    }

    /** 0-based index of the first character that could not be read, or -1. */
    public int position() {
        return position;
    }
}
