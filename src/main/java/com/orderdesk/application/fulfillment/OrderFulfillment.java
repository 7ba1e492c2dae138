package com.orderdesk.application.fulfillment;

import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.security.SignedInUser;

/**
 * What other features ask of fulfillment as a step of their own use case, inside their unit of
 * work: route an order the credit check (or a credit manager) just released, and give back the
 * stock of an order being cancelled. The caller has already checked the user's permission for
 * its own action; these steps are its consequences, not separate decisions.
 */
@com.orderdesk.application.StepOfTheCallersUnit("the port of FulfillmentSteps")
public interface OrderFulfillment {
    /**
     * Routes a RELEASED order and reserves its stock in the caller's transaction. An order that
     * cannot be routed for a reason of its own (no ship-to location) stays RELEASED in the queue,
     * and the outcome says why; a lost race for stock propagates so the whole unit is run again.
     */
    RoutingOutcome routeAfterRelease(SignedInUser user, long orderId);

    /**
     * For a cancelled order: cancels its shipments not yet shipped, planned or at the warehouse
     * (they stay, as cancelled) and gives their reservations back; refuses (StoreException) when
     * any shipment has left.
     */
    void releaseStock(SignedInUser user, long orderId);

    /**
     * For an order being amended: its plans are withdrawn, since its lines are replaced: planned
     * shipments deleted (their stock given back) and backorders dropped; refused as above.
     */
    void withdrawPlans(SignedInUser user, long orderId);
}
