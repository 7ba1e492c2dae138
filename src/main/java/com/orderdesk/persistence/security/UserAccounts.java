package com.orderdesk.persistence.security;

import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.PasswordHasher;
import com.orderdesk.logic.security.SignIn;
import com.orderdesk.logic.security.SignInResult;
import com.orderdesk.logic.security.SignInService;
import com.orderdesk.logic.security.SignInThrottle;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.security.StoredCredential;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.audit.AuditLog;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Sign-in against app_user: the password check and throttle of {@link SignInService}, an upgraded
 * hash stored when the cost was raised, and an audit entry for every attempt.
 */
public final class UserAccounts implements SignIn {
    private final Database db;
    private final AuditLog audit;
    private final SignInService service;

    public UserAccounts(Database db, PasswordHasher hasher, SignInThrottle throttle, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.service = new SignInService(this::find, hasher, throttle);
    }

    @Override
    public SignInResult signIn(String userName, char[] password) {
        SignInResult result = service.signIn(userName, password);
        db.write(s -> {
            if (result.upgradedHash() != null) {
                entity(s, result.attemptedUserName()).ifPresent(u -> u.setPasswordHash(result.upgradedHash()));
            }
            String who = result.attemptedUserName().isEmpty() ? "(blank)" : result.attemptedUserName();
            audit.append(s, AuditEvent.of(who, result.outcome().auditAction(), AuditActions.USER, who)
                    .withChange(null, AuditValues.json(Map.of("outcome", result.outcome()))));
            return null;
        });
        return result;
    }

    /** The account as the logic layer sees it; user names are compared case-insensitively. */
    public Optional<StoredCredential> find(String normalizedUserName) {
        return db.read(s -> entity(s, normalizedUserName).map(UserAccounts::credential));
    }

    public static SignedInUser toSignedIn(AppUser u) {
        return new SignedInUser(u.id(), u.username(), u.displayName(), Set.of(u.role()));
    }

    private static StoredCredential credential(AppUser u) {
        return new StoredCredential(toSignedIn(u), u.passwordHash(), u.active());
    }

    private static Optional<AppUser> entity(Session s, String normalizedUserName) {
        return s.createSelectionQuery("from AppUser u where lower(u.username) = :n", AppUser.class)
                .setParameter("n", normalizedUserName).getResultStream().findFirst();
    }
}
