package com.orderdesk.application.security;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.PasswordHasher;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.model.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Users and their roles, changed only here: each change is checked (administrators only, never
 * the last active administrator removed or demoted), sealed with the audit key and audited.
 */
public final class UserAdministration {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final UserRepository users;
    private final AuditRecorder audit;
    private final AccountSeals seals;
    private final PasswordHasher hasher;

    public UserAdministration(UnitOfWork uow, AccessControl access, UserRepository users, AuditRecorder audit,
                              AccountSeals seals, PasswordHasher hasher) {
        this.uow = uow;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.seals = seals;
        this.hasher = hasher;
    }

    public List<AppUser> list(SignedInUser admin) {
        access.require(admin, Permission.MANAGE_USERS);
        return uow.read(users::all);
    }

    /** Every account with its last sign-in (from the audit trail), in the order they were added. */
    public List<UserSummary> overview(SignedInUser admin) {
        access.require(admin, Permission.MANAGE_USERS);
        return uow.read(() -> {
            Map<String, java.time.Instant> last = users.lastSignIns();
            return users.all().stream().map(u -> new UserSummary(u.username(), u.displayName(), u.roles(), u.active(),
                    u.mustChangePassword(), last.get(u.username().toLowerCase(Locale.ROOT)))).toList();
        });
    }

    /** A new user, who must choose their own password at the first sign-in. */
    public void add(SignedInUser admin, String userName, String displayName, java.util.Set<Role> roles, char[] firstPassword) {
        add(admin, userName, displayName, roles, firstPassword, null);
    }

    /** A new user as above, with the reason the administrator gave (none needed; a blank one is not kept). */
    public void add(SignedInUser admin, String userName, String displayName, java.util.Set<Role> roles, char[] firstPassword,
                    String reason) {
        access.require(admin, Permission.MANAGE_USERS);
        String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9._-]{1,39}")) {
            throw new IllegalArgumentException("User name: 2 to 40 letters, digits, dots, dashes or underscores,"
                    + " starting with a letter (not \"" + userName + "\").");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Display name: say who the user is (e.g. \"Jane Doe\").");
        }
        requireStrong(firstPassword);
        uow.run("Adding the user", () -> {
            if (users.byName(name).isPresent()) {
                throw new StoreException("There is already a user " + name + ".");
            }
            AppUser u = new AppUser(name, displayName.strip(), roles, hasher.hash(firstPassword));
            u.setMustChangePassword(true);
            users.add(u);
            seals.wrapFor(u, admin.auditKey(), firstPassword);
            AccountSeals.seal(u, admin.auditKey());
            AuditEvent added = AuditEvent.of(admin.userName(), AuditActions.USER_ADD, AuditActions.USER, name)
                    .withChange(null, AuditValues.json(Map.of("roles", u.storedRoles(), "displayName", u.displayName())));
            audit.record(admin, reason == null || reason.isBlank() ? added : added.withReason(reason.strip()));
        });
    }

    /** New roles for a user (at least one), with the reason kept in the audit trail. */
    public void setRoles(SignedInUser admin, String userName, java.util.Set<Role> roles, String reason) {
        access.require(admin, Permission.MANAGE_USERS);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("Roles: give the user at least one role; to stop them signing in, switch"
                    + " the account off instead.");
        }
        requireReason(reason, "why the roles change");
        String after = AppUser.storedForm(roles);
        uow.run("Changing the roles", () -> {
            AppUser u = find(userName);
            String before = u.storedRoles();
            if (before.equals(after)) {
                return;
            }
            if (u.roles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR) && u.active()) {
                requireAnotherAdministrator(u, "demoted");
            }
            u.setRoles(roles);
            AccountSeals.seal(u, admin.auditKey());
            audit.record(admin, AuditEvent.of(admin.userName(), AuditActions.USER_ROLE_CHANGE, AuditActions.USER, u.username())
                    .withChange(AuditValues.json(Map.of("roles", before)), AuditValues.json(Map.of("roles", after)))
                    .withReason(reason.strip()));
        });
    }

    /** Switches an account off (it can no longer sign in or act) or on again, with the reason kept in the audit trail. */
    public void setActive(SignedInUser admin, String userName, boolean active, String reason) {
        access.require(admin, Permission.MANAGE_USERS);
        requireReason(reason, active ? "why the account is switched on again" : "why the account is switched off");
        uow.run(active ? "Switching the account on" : "Switching the account off", () -> {
            AppUser u = find(userName);
            if (u.active() == active) {
                return;
            }
            if (!active && u.roles().contains(Role.ADMINISTRATOR)) {
                requireAnotherAdministrator(u, "switched off");
            }
            u.setActive(active);
            AccountSeals.seal(u, admin.auditKey());
            audit.record(admin, AuditEvent.of(admin.userName(), AuditActions.USER_ACTIVE_CHANGE, AuditActions.USER, u.username())
                    .withChange(AuditValues.json(Map.of("active", !active)), AuditValues.json(Map.of("active", active)))
                    .withReason(reason.strip()));
        });
    }

    /** A new password chosen by the administrator, to be changed at the user's next sign-in; gives the user the book's key. */
    public void resetPassword(SignedInUser admin, String userName, char[] newPassword) {
        access.require(admin, Permission.MANAGE_USERS);
        requireStrong(newPassword);
        uow.run("Setting the new password", () -> {
            AppUser u = find(userName);
            u.setPasswordHash(hasher.hash(newPassword));
            u.setMustChangePassword(true);
            seals.wrapFor(u, admin.auditKey(), newPassword);
            AccountSeals.seal(u, admin.auditKey());
            audit.record(admin, AuditEvent.of(admin.userName(), AuditActions.USER_PASSWORD_RESET, AuditActions.USER, u.username()));
        });
    }

    /** Anyone signed in changes their own password; the book's key is wrapped again under the new one. */
    public void changeOwnPassword(SignedInUser user, char[] currentPassword, char[] newPassword) {
        requireStrong(newPassword);
        uow.run("Changing your password", () -> {
            AppUser u = users.byId(user.id()).filter(a -> user.isUser(a.username()) && a.active())
                    .orElseThrow(() -> new StoreException("Your account is no longer active."));
            if (!hasher.matches(currentPassword == null ? new char[0] : currentPassword, u.passwordHash())) {
                throw new IllegalArgumentException("The current password is not correct; the password was not changed.");
            }
            if (java.util.Arrays.equals(currentPassword, newPassword)) {
                throw new IllegalArgumentException("The new password is the current one; choose another.");
            }
            u.setPasswordHash(hasher.hash(newPassword));
            u.setMustChangePassword(false);
            seals.wrapFor(u, user.auditKey(), newPassword);
            AccountSeals.seal(u, user.auditKey());
            audit.record(user, AuditEvent.of(user.userName(), AuditActions.USER_PASSWORD_CHANGE, AuditActions.USER, u.username()));
        });
    }

    private AppUser find(String userName) {
        return users.byName(userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new StoreException("There is no user " + userName + "."));
    }

    private void requireAnotherAdministrator(AppUser u, String what) {
        long others = users.all().stream()
                .filter(a -> a.active() && a.roles().contains(Role.ADMINISTRATOR) && !a.id().equals(u.id())).count();
        if (others == 0) {
            throw new StoreException(u.displayName() + " is the last active administrator and cannot be " + what
                    + "; make another user an administrator first.");
        }
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reason: say " + what + "; it is kept in the audit trail.");
        }
    }

    static void requireStrong(char[] password) {
        java.util.Optional<String> problem = PasswordHasher.newPasswordProblem(password == null ? new char[0] : password);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Password: " + problem.get());
        }
    }

    /** What the users screen and command show of one account. */
    public static Map<String, Object> describe(AppUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", u.username());
        m.put("name", u.displayName());
        m.put("roles", u.roles().stream().map(Role::label).collect(java.util.stream.Collectors.joining(" and ")));
        m.put("active", u.active());
        return m;
    }
}
