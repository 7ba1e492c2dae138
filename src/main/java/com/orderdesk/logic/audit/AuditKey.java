package com.orderdesk.logic.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The book's secret audit key: 32 random bytes made when the book is created. The database never
 * holds it in the clear, only wrapped under each user's password ({@link AuditKeyWrap}), so the
 * MACs it makes over audit entries, the chain's head and user records can be checked and written
 * only by someone who signed in. Nothing here prints the key.
 */
public final class AuditKey {
    public static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private final byte[] key;
    /**
     * An initialised HMAC to clone for each MAC: looking the algorithm up and keying it cost more
     * than the MAC itself (every audit entry takes several). Each call works on its own clone, so
     * the key stays usable from any thread.
     */
    private final Mac prototype;
    private final String keyCheck;

    private AuditKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("An audit key has " + BYTES + " bytes, not " + key.length);
        }
        this.key = key.clone();
        this.prototype = keyed(this.key);
        this.keyCheck = mac("key-check-v1", "orderdesk");
    }

    private static Mac keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    private Mac fresh() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return keyed(key); // a provider whose HMAC cannot be cloned: key a new one
        }
    }

    public static AuditKey generate(SecureRandom random) {
        byte[] k = new byte[BYTES];
        random.nextBytes(k);
        return new AuditKey(k);
    }

    static AuditKey of(byte[] bytes) {
        return new AuditKey(bytes);
    }

    byte[] bytes() {
        return key.clone();
    }

    /**
     * HMAC-SHA256 of {@code text} under this key, lowercase hex. {@code purpose} separates the
     * kinds of MAC ("entry", "head", "user", ...), so a MAC of one kind can never be copied to
     * stand for another.
     */
    public String mac(String purpose, String text) {
        Mac mac = fresh();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code claimed} is this key's MAC of {@code text} (compared in constant time). */
    public boolean verifies(String purpose, String text, String claimed) {
        if (claimed == null) {
            return false;
        }
        return MessageDigest.isEqual(mac(purpose, text).getBytes(StandardCharsets.US_ASCII),
                claimed.getBytes(StandardCharsets.US_ASCII));
    }

    /** The value stored in the book to recognise its key: a MAC of a fixed text, which reveals nothing of the key. */
    public String keyCheck() {
        return keyCheck;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditKey other && MessageDigest.isEqual(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "AuditKey[hidden]";
    }
}
