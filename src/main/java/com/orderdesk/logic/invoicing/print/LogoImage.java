package com.orderdesk.logic.invoicing.print;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A logo kept in the book itself (PNG or SVG bytes), so every desk prints the same one whatever
 * its own disk holds. Two logos are equal when their bytes are: the SHA-256 stands for them.
 */
public final class LogoImage {
    private final byte[] bytes;
    private final String sha256;

    public LogoImage(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("A logo has at least one byte.");
        }
        this.bytes = bytes.clone();
        this.sha256 = sha256(bytes);
    }

    /** A copy of the image's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The lower-case hex SHA-256 of the bytes (what the settings record to tell logos apart). */
    public String sha256() {
        return sha256;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogoImage other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "logo " + bytes.length + " bytes, sha256 " + sha256.substring(0, 12);
    }
}
