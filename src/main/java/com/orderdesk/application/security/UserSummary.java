package com.orderdesk.application.security;

import com.orderdesk.model.security.Role;
import java.time.Instant;
import java.util.Set;

/**
 * One account as the users screen lists it.
 *
 * @param lastSignIn the last successful sign-in the audit trail records; {@code null} when none
 */
public record UserSummary(String userName, String displayName, Set<Role> roles, boolean active, boolean mustChangePassword,
                          Instant lastSignIn) {
    public UserSummary {
        roles = Set.copyOf(roles);
    }

    public boolean isAdministrator() {
        return roles.contains(Role.ADMINISTRATOR);
    }
}
