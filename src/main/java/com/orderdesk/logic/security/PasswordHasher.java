package com.orderdesk.logic.security;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Slow, salted password hashes through spring-security-crypto's bcrypt.
 *
 * <p>Why bcrypt and not Argon2: spring-security-crypto's Argon2PasswordEncoder needs BouncyCastle
 * (bcprov), which is not on the build's classpath (it fails with NoClassDefFoundError
 * org/bouncycastle/crypto/params/Argon2Parameters). bcrypt needs nothing more and is still a
 * recommended password hash. Cost {@value #DEFAULT_COST} took about 130 ms per check on the
 * project's 2-core build machine (cost 10: ~80 ms, 12: ~260 ms): slow for a guesser, unnoticeable
 * at sign-in. Hashes carry their cost, so raising it later only needs {@link #needsRehash}.
 *
 * <p>bcrypt reads at most 72 bytes of a password; longer ones are refused when set rather than
 * silently cut.
 */
public final class PasswordHasher {
    public static final int DEFAULT_COST = 11;
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final BCryptPasswordEncoder encoder;
    private volatile String dummyHash;

    public PasswordHasher() {
        this(DEFAULT_COST);
    }

    /** A lower cost (minimum 4) keeps tests fast; production uses the default. */
    public PasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    /** What is wrong with a new password, in a sentence for the form; empty when acceptable. */
    public static Optional<String> newPasswordProblem(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            return Optional.of("The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (utf8Length(password) > MAX_PASSWORD_BYTES) {
            return Optional.of("The password must be at most " + MAX_PASSWORD_BYTES
                    + " bytes long (about 72 letters, fewer with accents or symbols).");
        }
        return Optional.empty();
    }

    /** A new salted hash; the same password gives a different hash each time. */
    public String hash(char[] password) {
        if (utf8Length(password) > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("The password must be at most " + MAX_PASSWORD_BYTES + " bytes long.");
        }
        return encoder.encode(CharBuffer.wrap(password));
    }

    /** Whether the password matches the stored hash; false (never an exception) for any mismatch. */
    public boolean matches(char[] password, String storedHash) {
        if (storedHash == null || storedHash.isEmpty()) {
            return false;
        }
        return encoder.matches(CharBuffer.wrap(password), storedHash);
    }

    /**
     * Spends the same time as a real check against nothing, so that an unknown user name is not
     * answered faster than a known one.
     */
    public void matchAgainstNothing(char[] password) {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = encoder.encode("not-a-real-password");
            dummyHash = dummy;
        }
        encoder.matches(CharBuffer.wrap(password), dummy);
    }

    /** True when the hash was made with a lower cost than today's and should be replaced at sign-in. */
    public boolean needsRehash(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }

    private static int utf8Length(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
    }
}
