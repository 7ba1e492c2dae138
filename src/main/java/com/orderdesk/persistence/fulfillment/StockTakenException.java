package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.store.ConcurrentEditException;

/** Another desk reserved the stock this plan counted on between reading and reserving; route again. */
final class StockTakenException extends ConcurrentEditException {
    StockTakenException(String message) {
        super(message);
    }
}
