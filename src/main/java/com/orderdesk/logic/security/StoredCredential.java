package com.orderdesk.logic.security;

import java.util.Objects;

/** A user's account as stored: who they are, their password hash, and whether they may sign in. */
public record StoredCredential(SignedInUser user, String passwordHash, boolean enabled) {
    public StoredCredential {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
