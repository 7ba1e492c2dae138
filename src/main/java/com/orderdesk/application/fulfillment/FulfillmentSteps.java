package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.security.SignedInUser;

/**
 * Fulfillment's steps in other features' use cases ({@link OrderFulfillment}): routing an order
 * just released, giving back a cancelled order's stock, withdrawing an amended order's plans. They
 * check no permission of their own: they run inside the caller's unit of work, after the caller
 * checked the user for its own action (entering, cancelling or releasing an order, a new credit
 * limit). So they are not methods of {@link FulfillmentUseCases}, which screens and commands call:
 * until 7 December they were, public and unchecked. The composition root builds this object and
 * hands it only to the use cases that take these steps.
 */
@com.orderdesk.application.StepOfTheCallersUnit("order entry, credit release and credit changes check their own permission")
public final class FulfillmentSteps implements OrderFulfillment {
    private final FulfillmentUseCases fulfillment;

    public FulfillmentSteps(FulfillmentUseCases fulfillment) {
        this.fulfillment = fulfillment;
    }

    @Override
    public RoutingOutcome routeAfterRelease(SignedInUser user, long orderId) {
        return fulfillment.routeAfterRelease(user, orderId);
    }

    @Override
    public void releaseStock(SignedInUser user, long orderId) {
        fulfillment.releaseStock(user, orderId);
    }

    @Override
    public void withdrawPlans(SignedInUser user, long orderId) {
        fulfillment.withdrawPlans(user, orderId);
    }
}
