package com.orderdesk.logic.credit;

import java.util.Objects;

/** Why a released order must be checked again, with a sentence for the reviewer. */
public record RecheckCause(Kind kind, String message) {
    public enum Kind {
        /** The order's value rose by more than the risk class allows since the release. */
        VALUE_INCREASED,
        /** The release is older than the risk class lets a release cover later changes. */
        RELEASE_EXPIRED
    }

    public RecheckCause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
