package com.orderdesk.application;

import java.util.function.Supplier;

/**
 * The transaction port every use case runs in. {@link #write} is one database transaction: all
 * of the work is stored, or none of it. A write called while another is open on the same thread
 * joins it, so a use case that calls another feature's use case (a released order routed by
 * fulfillment) commits or rolls back as one.
 *
 * <p>The outermost write runs the work again, from a fresh read, when it loses a race for stock
 * to another desk ({@link com.orderdesk.logic.store.StockTakenException}), up to three times.
 * A failure of the database itself reaches the caller as a
 * {@link com.orderdesk.logic.store.StoreException} whose message starts with {@code action}
 * ("Saving the order failed: ..."); the use case's own exceptions pass through unchanged.
 */
public interface UnitOfWork {
    int ATTEMPTS = 3;

    <T> T write(String action, Supplier<T> work);

    default void run(String action, Runnable work) {
        write(action, () -> {
            work.run();
            return null;
        });
    }

    /** Read-only work; joins an open write on the same thread (and then sees its changes). */
    <T> T read(Supplier<T> work);
}
