package com.orderdesk.logic.store;

/**
 * What a person may type into a search. A search is a few words; the databases' LIKE refuses
 * patterns past a limit (SQLite: "LIKE or GLOB pattern too complex") and a pasted page of text
 * should get a sentence, not that. Screens limit their search fields to {@link #MAX_LENGTH}; the
 * use cases check again, so every path gets the same answer.
 */
public final class SearchText {
    public static final int MAX_LENGTH = 200;

    private SearchText() {
    }

    /** Refuses text longer than {@link #MAX_LENGTH} with a sentence that says what is allowed. */
    public static void check(String text) {
        if (text != null && text.strip().length() > MAX_LENGTH) {
            throw new SearchTooLongException(String.format(java.util.Locale.US,
                    "The search text is %,d characters long; a search takes at most %d. Type a few words of the"
                            + " number, name or PO instead.", text.strip().length(), MAX_LENGTH));
        }
    }

    /** A search too long to run; its message is for the person who typed it. */
    public static final class SearchTooLongException extends IllegalArgumentException {
        public SearchTooLongException(String message) {
            super(message);
        }
    }
}
