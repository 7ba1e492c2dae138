package com.orderdesk.logic.cash.desk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints of imported files. Files are recognised and read by
 * {@link com.orderdesk.logic.cash.intake.BankFileReader}, the one reader of the window, the
 * commands and the benchmarks.
 */
public final class BankFiles {
    private BankFiles() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
