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
        TRUNCATED
    }

    public AuditProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
