package com.orderdesk.logic.security;

import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.model.security.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A signed-in person, as the logic layer sees them.
 *
 * @param userName    the unique sign-in name, compared without regard to case
 * @param displayName the name shown in messages and the status bar ("Jane Doe")
 * @param auditKey    the book's audit key, unwrapped with this user's password at sign-in; null
 *                    for a user made up in code (a test of the rules), who can then change nothing
 *                    in the book, since every change writes a keyed audit entry
 */
public record SignedInUser(long id, String userName, String displayName, Set<Role> roles, AuditKey auditKey) {

    public SignedInUser {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(displayName, "displayName");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A user as the rules see them, without the key a signed-in user holds. */
    public SignedInUser(long id, String userName, String displayName, Set<Role> roles) {
        this(id, userName, displayName, roles, null);
    }

    public SignedInUser withAuditKey(AuditKey key) {
        return new SignedInUser(id, userName, displayName, roles, key);
    }

    /** True when this user signed in with a password that opened the book's audit key. */
    public boolean holdsAuditKey() {
        return auditKey != null;
    }

    public boolean has(Permission permission) {
        return roles.stream().anyMatch(r -> RolePermissions.grants(r, permission));
    }

    /** Is this the person with that user name (case-insensitive, surrounding blanks ignored)? */
    public boolean isUser(String otherUserName) {
        return otherUserName != null && normalize(otherUserName).equals(normalize(userName));
    }

    /** "Order clerk", "Order clerk and AR clerk", or "User" when no role is held. */
    public String rolesLabel() {
        if (roles.isEmpty()) {
            return "User";
        }
        String joined = EnumSet.copyOf(roles).stream().map(Role::phrase).collect(Collectors.joining(" and "));
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The form user names are looked up and compared in. */
    public static String normalize(String userName) {
        return userName.strip().toLowerCase(Locale.ROOT);
    }
}
