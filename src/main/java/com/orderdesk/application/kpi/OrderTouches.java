package com.orderdesk.application.kpi;

import com.orderdesk.logic.security.SignedInUser;

/**
 * Records that a person acted on an order after it was captured (an amendment, a cancel, a credit
 * release or rejection, a routing override): what the touchless share of orders counts. Called in
 * the unit of work that records the same decision in the audit trail, so both are kept or neither.
 */
public interface OrderTouches {
    /** {@code action} is the audit action of the decision (e.g. {@code CREDIT_RELEASE}). */
    void touched(SignedInUser user, long orderId, String action);
}
