package com.orderdesk.logic.audit;

import java.util.Objects;

/** One thing wrong with the stored audit trail, with a sentence for the viewer. */
public record AuditProblem(Kind kind, long sequence, String message) {
    public enum Kind {
        /** The entry's content no longer matches its own hash. */
        ALTERED,
        /** The entry's hash is consistent but the next entry recorded a different one (rewritten with a fresh hash). */
        BROKEN_LINK,
        /** A sequence number between the first and the last is absent. */
        MISSING,
        /** Entries are stored in a different order than they were written. */
        OUT_OF_ORDER,
        /** Two stored entries carry the same sequence number. */
        DUPLICATE,
        /** Entries known to have been written (from the recorded head) are gone from the end. */
        TRUNCATED,
        /** An entry's seal (the audit key's MAC) does not match it, or a sealed entry has none: rewritten without the key. */
        FORGED,
        /** The sealed head of the trail does not match: the end was cut and the head moved back, or the head was rewritten. */
        HEAD_MOVED,
        /** The book's key record no longer matches the key the users hold. */
        KEY_REPLACED,
        /** A user's record (role, status, password) was changed outside Order Desk. */
        USER_CHANGED
    }

    public AuditProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
