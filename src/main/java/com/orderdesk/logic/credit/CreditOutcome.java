package com.orderdesk.logic.credit;

/** The result of a credit check: the order moves on to fulfillment, or it waits in CREDIT_HOLD. */
public enum CreditOutcome {
    PASS,
    HOLD
}
