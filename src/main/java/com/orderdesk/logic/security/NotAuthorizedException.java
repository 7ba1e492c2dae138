package com.orderdesk.logic.security;

import java.util.Objects;

/**
 * Thrown by the logic layer when a user attempts what their role or segregation of duties forbids.
 * The message is written for the user ("Order clerk Jane Doe may not release credit holds.").
 * Unchecked so that no caller can quietly swallow it by accident of a signature.
 */
public final class NotAuthorizedException extends RuntimeException {
    /** Why the action was refused. */
    public enum Kind {
        /** None of the user's roles grants the permission. */
        MISSING_PERMISSION,
        /** The role allows it, but the user entered or last changed the document. */
        SEGREGATION_OF_DUTIES
    }

    private final transient SignedInUser user;
    private final Permission permission;
    private final Kind kind;

    public NotAuthorizedException(SignedInUser user, Permission permission, Kind kind, String message) {
        super(message);
        this.user = Objects.requireNonNull(user, "user");
        this.permission = Objects.requireNonNull(permission, "permission");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public SignedInUser user() {
        return user;
    }

    public Permission permission() {
        return permission;
    }

    public Kind kind() {
        return kind;
    }
}
