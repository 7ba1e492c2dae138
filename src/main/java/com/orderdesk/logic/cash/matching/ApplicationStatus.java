package com.orderdesk.logic.cash.matching;

/** How far an application can be trusted. */
public enum ApplicationStatus {
    /** Safe to post with no person looking. */
    AUTO,
    /** A person must confirm. */
    SUGGESTED,
    /** No invoice: the amount stays on account. */
    UNAPPLIED
}
