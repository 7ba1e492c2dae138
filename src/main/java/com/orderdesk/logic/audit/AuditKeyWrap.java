package com.orderdesk.logic.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit key wrapped under one user's password: PBKDF2-HMAC-SHA256 turns the password and a
 * random salt into a key-encryption key, and AES-256-GCM encrypts the audit key with the user's
 * id and name as associated data (so a wrapped key moved to another user's row no longer opens).
 * A wrong password or a changed blob fails the GCM tag: {@link #unwrap} is then empty.
 */
public final class AuditKeyWrap {
    /** PBKDF2 rounds for real users (about 0.1-0.2 s on a desk PC, once per sign-in). */
    public static final int DEFAULT_ITERATIONS = 310_000;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;

    /** What a user row stores; salt and blob are Base64. */
    public record Wrapped(String salt, int iterations, String blob) {
    }

    private AuditKeyWrap() {
    }

    /** The associated data binding a wrapped key to its user row. */
    public static String binding(long userId, String userName) {
        return "orderdesk-user-key-v1|" + userId + "|" + userName.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static Wrapped wrap(AuditKey key, char[] password, String binding, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, kek(password, salt, iterations), new GCMParameterSpec(128, nonce));
            c.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(key.bytes());
            byte[] blob = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            Base64.Encoder b64 = Base64.getEncoder();
            return new Wrapped(b64.encodeToString(salt), iterations, b64.encodeToString(blob));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and PBKDF2 are in every Java runtime", e);
        }
    }

    /** The audit key, or empty when the password is wrong or the stored values were changed. */
    public static Optional<AuditKey> unwrap(Wrapped wrapped, char[] password, String binding) {
        if (wrapped == null || wrapped.salt() == null || wrapped.blob() == null || wrapped.iterations() < 1) {
            return Optional.empty();
        }
        try {
            byte[] salt = Base64.getDecoder().decode(wrapped.salt());
            byte[] blob = Base64.getDecoder().decode(wrapped.blob());
            if (blob.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, kek(password, salt, wrapped.iterations()),
                    new GCMParameterSpec(128, blob, 0, NONCE_BYTES));
            c.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            byte[] key = c.doFinal(blob, NONCE_BYTES, blob.length - NONCE_BYTES);
            return key.length == AuditKey.BYTES ? Optional.of(AuditKey.of(key)) : Optional.empty();
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static SecretKeySpec kek(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        return new SecretKeySpec(k, "AES");
    }
}
