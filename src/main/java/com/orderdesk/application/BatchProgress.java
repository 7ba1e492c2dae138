package com.orderdesk.application;

/**
 * How a use case that works through many items one at a time (invoices to issue, customers to
 * bill) tells its caller where it stands and learns that the caller wants it to stop, with no
 * toolkit behind it: the window's task, a command line or a test all pass their own. The item in
 * hand is always finished (each is its own transaction, and stopping inside one would only roll it
 * back); the use case asks {@link #stopRequested()} before starting the next.
 */
public interface BatchProgress {
    /** Reports nothing and never stops (a command line's run, or a test that does not look). */
    BatchProgress NONE = new BatchProgress() {
    };

    /** Item {@code number} (counted from 1) of {@code of} is about to be worked. */
    default void starting(int number, int of) {
    }

    /**
     * The same, naming the item ("C-10042") for a caller that shows which one is in hand; by default
     * the name is dropped and {@link #starting(int, int)} told.
     */
    default void starting(int number, int of, String item) {
        starting(number, of);
    }

    /** Asked between items: true ends the run before the next one, with what was done so far. */
    default boolean stopRequested() {
        return false;
    }
}
