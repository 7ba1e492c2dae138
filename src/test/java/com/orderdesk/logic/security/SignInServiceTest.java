package com.orderdesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.MovingClock;
import com.orderdesk.model.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInServiceTest {
    private final PasswordHasher hasher = new PasswordHasher(4);
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final Map<String, StoredCredential> accounts = new HashMap<>();
    private final SignInService service = new SignInService(name -> Optional.ofNullable(accounts.get(name)),
            hasher, new SignInThrottle(clock));
    private final SignedInUser jane = new SignedInUser(1, "jdoe", "Jane Doe", Set.of(Role.ORDER_CLERK));

    SignInServiceTest() {
        accounts.put("jdoe", new StoredCredential(jane, hasher.hash("secret-123".toCharArray()), true));
        accounts.put("gone", new StoredCredential(new SignedInUser(2, "gone", "Old Hand", Set.of(Role.AR_CLERK)),
                hasher.hash("secret-456".toCharArray()), false));
    }

    @Test
    void rightPasswordSignsIn() {
        SignInResult r = service.signIn(" JDoe", "secret-123".toCharArray());
        assertThat(r.outcome()).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(r.signedInUser()).contains(jane);
        assertThat(r.message()).isEqualTo("Signed in as Jane Doe (Order clerk).");
        assertThat(r.attemptedUserName()).isEqualTo("jdoe");
        assertThat(r.outcome().auditAction()).isEqualTo("SIGN_IN");
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        SignInResult wrong = service.signIn("jdoe", "nope-nope".toCharArray());
        SignInResult unknown = service.signIn("nobody", "nope-nope".toCharArray());
        assertThat(wrong.outcome()).isEqualTo(SignInOutcome.INVALID_CREDENTIALS).isEqualTo(unknown.outcome());
        assertThat(wrong.message()).isEqualTo("The user name or password is not correct.").isEqualTo(unknown.message());
        assertThat(wrong.user()).isNull();
        assertThat(wrong.outcome().auditAction()).isEqualTo("SIGN_IN_FAILED");
    }

    @Test
    void repeatedFailuresAreThrottledThenAllowedAgain() {
        for (int i = 0; i < 3; i++) {
            service.signIn("jdoe", "wrong-pass".toCharArray());
        }
        SignInResult fourth = service.signIn("jdoe", "wrong-pass".toCharArray());
        assertThat(fourth.message()).isEqualTo("The user name or password is not correct. Wait 1 second before trying again.");
        assertThat(fourth.retryAfter()).isEqualTo(Duration.ofSeconds(1));

        SignInResult tooSoon = service.signIn("jdoe", "secret-123".toCharArray());
        assertThat(tooSoon.outcome()).isEqualTo(SignInOutcome.THROTTLED);
        assertThat(tooSoon.message()).isEqualTo("Too many failed sign-ins. Wait 1 second and try again.");
        assertThat(tooSoon.outcome().auditAction()).isEqualTo("SIGN_IN_THROTTLED");

        clock.advance(Duration.ofSeconds(1));
        assertThat(service.signIn("jdoe", "secret-123".toCharArray()).signedIn()).isTrue();
    }

    @Test
    void unknownUserNamesAreThrottledToo() {
        for (int i = 0; i < 4; i++) {
            service.signIn("ghost", "whatever1".toCharArray());
        }
        assertThat(service.signIn("ghost", "whatever1".toCharArray()).outcome()).isEqualTo(SignInOutcome.THROTTLED);
    }

    @Test
    void disabledAccountIsToldOnlyAfterTheRightPassword() {
        assertThat(service.signIn("gone", "wrong-pass".toCharArray()).outcome())
                .isEqualTo(SignInOutcome.INVALID_CREDENTIALS);
        SignInResult r = service.signIn("gone", "secret-456".toCharArray());
        assertThat(r.outcome()).isEqualTo(SignInOutcome.ACCOUNT_DISABLED);
        assertThat(r.message()).isEqualTo("This account is switched off. Ask an administrator to switch it on.");
    }

    @Test
    void emptyFieldsAskForInput() {
        assertThat(service.signIn("  ", "x".toCharArray()).message()).isEqualTo("Enter your user name and password.");
        assertThat(service.signIn("jdoe", new char[0]).outcome()).isEqualTo(SignInOutcome.MISSING_INPUT);
        assertThat(service.signIn(null, null).outcome()).isEqualTo(SignInOutcome.MISSING_INPUT);
    }

    @Test
    void passwordArrayIsClearedAfterUse() {
        char[] typed = "secret-123".toCharArray();
        service.signIn("jdoe", typed);
        assertThat(new String(typed)).isEqualTo("\0".repeat(10));
    }

    @Test
    void cheaperOldHashIsUpgradedAtSignIn() {
        PasswordHasher stronger = new PasswordHasher(5);
        SignInService upgrading = new SignInService(name -> Optional.ofNullable(accounts.get(name)),
                stronger, new SignInThrottle(clock));
        SignInResult r = upgrading.signIn("jdoe", "secret-123".toCharArray());
        assertThat(r.upgradedHash()).startsWith("$2a$05$");
        assertThat(stronger.matches("secret-123".toCharArray(), r.upgradedHash())).isTrue();
        assertThat(service.signIn("jdoe", "secret-123".toCharArray()).upgradedHash()).isNull();
    }
}
