package com.orderdesk.logic.security;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a sign-in attempt: what to show the user, whom to sign in, and what to audit.
 *
 * @param attemptedUserName the normalized user name as typed (for the audit entry)
 * @param user              the signed-in user; {@code null} unless {@link SignInOutcome#SIGNED_IN}
 * @param message           the sentence for the sign-in screen; never says whether the name exists
 * @param retryAfter        how long the screen should keep the button disabled; zero if not at all
 * @param upgradedHash      a new hash to store when the old one used a lower cost; {@code null} otherwise
 * @param mustChangePassword signed in with a password an administrator set: the user chooses their
 *                           own before doing anything else (the use cases refuse them until then)
 */
public record SignInResult(SignInOutcome outcome, String attemptedUserName, SignedInUser user, String message,
                           Duration retryAfter, String upgradedHash, boolean mustChangePassword) {
    public SignInResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(attemptedUserName, "attemptedUserName");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if ((outcome == SignInOutcome.SIGNED_IN) != (user != null)) {
            throw new IllegalArgumentException("A user exactly when signed in.");
        }
    }

    public SignInResult(SignInOutcome outcome, String attemptedUserName, SignedInUser user, String message,
                        Duration retryAfter, String upgradedHash) {
        this(outcome, attemptedUserName, user, message, retryAfter, upgradedHash, false);
    }

    public boolean signedIn() {
        return outcome == SignInOutcome.SIGNED_IN;
    }

    public Optional<SignedInUser> signedInUser() {
        return Optional.ofNullable(user);
    }
}
