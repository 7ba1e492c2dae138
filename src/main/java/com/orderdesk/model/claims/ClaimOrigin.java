package com.orderdesk.model.claims;

/** How a case came to be: a deduction posted with a payment, the short-payment sweep, or a person at the desk. */
public enum ClaimOrigin {
    CASH_POSTING, SHORT_PAY_SWEEP, DESK
}
