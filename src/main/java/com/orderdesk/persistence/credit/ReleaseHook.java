package com.orderdesk.persistence.credit;

import org.hibernate.Session;

/**
 * What happens, inside the same transaction, when an order passes the credit check or a credit
 * manager releases it: the application routes it to fulfillment and reserves its stock
 * ({@code FulfillmentService.routeAfterRelease}). Tests of the credit desk alone use {@link #NONE}.
 */
@FunctionalInterface
public interface ReleaseHook {
    ReleaseHook NONE = (session, orderId, user) -> { };

    void released(Session session, long orderId, String user);
}
