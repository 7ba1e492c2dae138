package com.orderdesk.logic.order;

/**
 * Storing and opening sales orders (implemented by the persistence layer). A save is one
 * transaction; it throws {@link OrderValidationException} for what was typed wrong and
 * {@link com.orderdesk.logic.store.StoreException} (or its {@code ConcurrentEditException}) when
 * the database refused it. Either way nothing was stored.
 */
public interface OrderBook {
    SavedOrder save(OrderDraft draft, String user);

    LoadedOrder load(long orderId);
}
