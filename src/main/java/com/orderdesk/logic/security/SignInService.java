package com.orderdesk.logic.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs users in. Says what to show without revealing whether a user name exists: an unknown
 * name and a wrong password give the same message and take the same time (a dummy hash check),
 * and the throttle treats both alike. The caller writes {@link SignInResult} to the audit trail
 * under {@link SignInOutcome#auditAction()}. Runs a ~100 ms hash check: call it off the FX thread.
 */
public final class SignInService {
    static final String INVALID = "The user name or password is not correct.";

    private final CredentialLookup lookup;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;

    public SignInService(CredentialLookup lookup, PasswordHasher hasher, SignInThrottle throttle) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    /** Checks the credentials. The password array is cleared before returning. */
    public SignInResult signIn(String userName, char[] password) {
        try {
            return attempt(userName == null ? "" : SignedInUser.normalize(userName),
                    password == null ? new char[0] : password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private SignInResult attempt(String name, char[] password) {
        if (name.isEmpty() || password.length == 0) {
            return failure(SignInOutcome.MISSING_INPUT, name, "Enter your user name and password.", Duration.ZERO);
        }
        Duration wait = throttle.waitBefore(name);
        if (!wait.isZero()) {
            return failure(SignInOutcome.THROTTLED, name, "Too many failed sign-ins. Wait "
                    + seconds(wait) + " and try again.", wait);
        }
        Optional<StoredCredential> found = lookup.find(name);
        boolean passwordOk;
        if (found.isPresent()) {
            passwordOk = hasher.matches(password, found.get().passwordHash());
        } else {
            hasher.matchAgainstNothing(password);
            passwordOk = false;
        }
        if (!passwordOk) {
            Duration next = throttle.recordFailure(name);
            String message = next.isZero() ? INVALID : INVALID + " Wait " + seconds(next) + " before trying again.";
            return failure(SignInOutcome.INVALID_CREDENTIALS, name, message, next);
        }
        StoredCredential account = found.get();
        if (!account.enabled()) {
            return failure(SignInOutcome.ACCOUNT_DISABLED, name,
                    "This account is switched off. Ask an administrator to switch it on.", Duration.ZERO);
        }
        throttle.recordSuccess(name);
        SignedInUser user = account.user();
        String upgraded = hasher.needsRehash(account.passwordHash()) ? hasher.hash(password) : null;
        return new SignInResult(SignInOutcome.SIGNED_IN, name, user,
                "Signed in as " + user.displayName() + " (" + user.rolesLabel() + ").", Duration.ZERO, upgraded);
    }

    private static SignInResult failure(SignInOutcome outcome, String name, String message, Duration retryAfter) {
        return new SignInResult(outcome, name, null, message, retryAfter, null);
    }

    /** Whole seconds, rounded up so the screen never invites a retry that will still be refused. */
    static String seconds(Duration d) {
        long s = (d.toMillis() + 999) / 1000;
        return s == 1 ? "1 second" : s + " seconds";
    }
}
