package com.orderdesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    // cost 4 keeps the tests fast; the default cost is checked on its own
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void hashVerifiesTheRightPasswordAndRejectsAWrongOne() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.matches("correct horse".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horsE".toCharArray(), hash)).isFalse();
        assertThat(hasher.matches("".toCharArray(), hash)).isFalse();
    }

    @Test
    void hashIsNotThePasswordAndIsSalted() {
        String first = hasher.hash("correct horse".toCharArray());
        String second = hasher.hash("correct horse".toCharArray());
        assertThat(first).doesNotContain("correct horse").startsWith("$2a$04$").hasSize(60);
        assertThat(second).isNotEqualTo(first);
        assertThat(hasher.matches("correct horse".toCharArray(), second)).isTrue();
    }

    @Test
    void defaultCostIsElevenAndOldCheaperHashesAskForARehash() {
        PasswordHasher production = new PasswordHasher();
        String cheap = hasher.hash("password1".toCharArray());
        assertThat(production.needsRehash(cheap)).isTrue();
        assertThat(PasswordHasher.DEFAULT_COST).isEqualTo(11);
    }

    @Test
    void brokenOrEmptyStoredHashNeverMatches() {
        assertThat(hasher.matches("x".toCharArray(), "")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), null)).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "plain-text-password")).isFalse();
    }

    @Test
    void passwordsBcryptWouldTruncateAreRefused() {
        char[] tooLong = "a".repeat(73).toCharArray();
        assertThatThrownBy(() -> hasher.hash(tooLong)).hasMessage("The password must be at most 72 bytes long.");
        assertThat(PasswordHasher.newPasswordProblem(tooLong)).hasValueSatisfying(
                m -> assertThat(m).startsWith("The password must be at most 72 bytes long"));
        // 36 two-byte letters are 72 bytes: still fine; 37 are not
        assertThat(PasswordHasher.newPasswordProblem("é".repeat(36).toCharArray())).isEmpty();
        assertThat(PasswordHasher.newPasswordProblem("é".repeat(37).toCharArray())).isPresent();
    }

    @Test
    void shortNewPasswordsAreRefused() {
        assertThat(PasswordHasher.newPasswordProblem("1234567".toCharArray()))
                .contains("The password must have at least 8 characters.");
        assertThat(PasswordHasher.newPasswordProblem("12345678".toCharArray())).isEmpty();
    }
}
