package com.orderdesk.application.security;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.PasswordHasher;
import com.orderdesk.logic.security.SignInOutcome;
import com.orderdesk.logic.security.SignInResult;
import com.orderdesk.logic.security.SignInService;
import com.orderdesk.logic.security.SignInThrottle;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.security.StoredCredential;
import com.orderdesk.model.security.AppUser;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Signs a person in: the password check and throttle of {@link SignInService}, then the book's
 * audit key opened with the same password and the account's seal checked with it. The user handed
 * back holds the key, which every change to the book needs. Every attempt is audited: a success
 * with the key, a failure without it (nobody holds the key yet).
 */
public final class SignInUseCase implements SignIn {
    private final UnitOfWork uow;
    private final UserRepository users;
    private final AuditRecorder audit;
    private final SignInService service;
    private final BookSealing sealing;

    public SignInUseCase(UnitOfWork uow, UserRepository users, AuditRecorder audit, PasswordHasher hasher,
                         SignInThrottle throttle, BookSealing sealing) {
        this.uow = uow;
        this.users = users;
        this.audit = audit;
        this.sealing = sealing;
        this.service = new SignInService(this::credential, hasher, throttle);
    }

    /** Takes no user: this is the door that makes one (throttled, failures audited; decision 0011). */
    @Override
    public SignInResult signIn(String userName, char[] password) {
        char[] kept = password == null ? new char[0] : password.clone();
        try {
            SignInResult checked = service.signIn(userName, password);
            if (!checked.signedIn()) {
                recordFailure(checked);
                return checked;
            }
            return uow.write("Signing in", () -> openBook(checked, kept));
        } finally {
            Arrays.fill(kept, '\0');
        }
    }

    private SignInResult openBook(SignInResult checked, char[] password) {
        AppUser account = users.byName(checked.attemptedUserName()).orElseThrow();
        if (users.bookKey().isEmpty()) {
            // a book written before the trail was keyed: the first person to sign in seals it
            sealing.sealOlderBook(account, password);
        }
        Optional<AuditKey> key = AccountSeals.open(account, password);
        if (key.isEmpty()) {
            return refuse(checked, SignInOutcome.NO_BOOK_KEY, "Your account has no key to this book yet (it was made"
                    + " by an older version, or its key was changed outside Order Desk). Ask an administrator to set"
                    + " a new password for you.", null);
        }
        SignedInUser user = checked.user().withAuditKey(key.get());
        if (!AccountSeals.isSealed(account, key.get())) {
            return refuse(checked, SignInOutcome.ACCOUNT_RECORD_CHANGED, "Your account's record was changed outside"
                    + " Order Desk (its role, status or password no longer match their seal), so it cannot sign in."
                    + " An administrator must check it.", user);
        }
        if (checked.upgradedHash() != null) {
            account.setPasswordHash(checked.upgradedHash());
            AccountSeals.seal(account, key.get());
        }
        audit.record(user, AuditEvent.of(user.userName(), AuditActions.SIGN_IN, AuditActions.USER, user.userName())
                .withChange(null, AuditValues.json(Map.of("outcome", SignInOutcome.SIGNED_IN))));
        boolean mustChange = account.mustChangePassword();
        return new SignInResult(SignInOutcome.SIGNED_IN, checked.attemptedUserName(), user, mustChange
                ? "Your password was set by an administrator: choose your own now (you can work once it is changed)."
                : checked.message(), Duration.ZERO, null, mustChange);
    }

    private SignInResult refuse(SignInResult checked, SignInOutcome outcome, String message, SignedInUser keyed) {
        AuditEvent event = AuditEvent.of(checked.attemptedUserName(), outcome.auditAction(), AuditActions.USER,
                checked.attemptedUserName()).withChange(null, AuditValues.json(Map.of("outcome", outcome)));
        if (keyed != null) {
            audit.record(keyed, event);
        } else {
            audit.recordUnkeyed(event);
        }
        return new SignInResult(outcome, checked.attemptedUserName(), null, message, Duration.ZERO, null);
    }

    private void recordFailure(SignInResult result) {
        String who = result.attemptedUserName().isEmpty() ? "(blank)" : result.attemptedUserName();
        uow.run("Recording the sign-in attempt", () -> audit.recordUnkeyed(
                AuditEvent.of(who, result.outcome().auditAction(), AuditActions.USER, who)
                        .withChange(null, AuditValues.json(Map.of("outcome", result.outcome())))));
    }

    private Optional<StoredCredential> credential(String normalizedUserName) {
        return uow.read(() -> users.byName(normalizedUserName).map(SignInUseCase::toCredential));
    }

    public static SignedInUser toSignedIn(AppUser u) {
        return new SignedInUser(u.id(), u.username(), u.displayName(), u.roles());
    }

    private static StoredCredential toCredential(AppUser u) {
        return new StoredCredential(toSignedIn(u), u.passwordHash(), u.active());
    }
}
