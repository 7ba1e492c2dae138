package com.orderdesk.logic.store;

/**
 * Another desk reserved the stock a plan counted on between reading and reserving it. The whole
 * unit of work is rolled back and run again from a fresh read (see UnitOfWork), so the order
 * that lost the race is routed on what is left.
 */
public final class StockTakenException extends ConcurrentEditException {
    public StockTakenException(String message) {
        super(message);
    }
}
