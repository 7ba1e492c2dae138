package com.orderdesk.logic.capture;

/** What should happen to a draft (src/site/markdown/contracts/capture.md). */
public enum DraftStatus {
    /** Every field is certain: it would be saved as it stands. */
    TOUCHLESS,
    /** A clerk must finish or confirm it; the reasons say what. */
    REVIEW,
    /** The message holds no order (a question, a remittance advice, an out-of-office reply). */
    NOT_AN_ORDER,
    /** The file cannot be read as what it claims to be. */
    REJECTED
}
