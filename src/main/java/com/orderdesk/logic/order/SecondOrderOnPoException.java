package com.orderdesk.logic.order;

import com.orderdesk.logic.store.StoreException;

/**
 * A new order on a PO the customer's {@link #earlier()} order already carries, saved without the
 * clerk's word that it is a new order: nothing was stored. The screen asks and saves again with it;
 * the inbox's touchless save leaves the message to review.
 */
public final class SecondOrderOnPoException extends StoreException {
    private final transient EarlierOrderOnPo earlier;

    public SecondOrderOnPoException(EarlierOrderOnPo earlier) {
        super("PO " + earlier.poNumber() + " was already received as " + earlier.orderNumber() + " on " + earlier.orderDate()
                + " (" + earlier.total().toPlainString() + "); a second order on it is saved only when a person confirms"
                + " it is a new order.");
        this.earlier = earlier;
    }

    public EarlierOrderOnPo earlier() {
        return earlier;
    }
}
