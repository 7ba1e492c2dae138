package com.orderdesk.logic.credit;

/** What a credit decision rests on. */
public enum DecisionBasis {
    /** The order had no release: every check ran. */
    FULL_CHECK,
    /** A still-valid release covers the order: only the manual hold was checked. */
    COVERED_BY_RELEASE,
    /** The order had a release that no longer covers it (see the recheck causes): every check ran. */
    RECHECK_AFTER_RELEASE
}
