package com.orderdesk.gui.security;

import java.security.SecureRandom;

/**
 * A password an administrator can read out or write down for a user (it is replaced at the
 * user's first sign-in): 12 letters and digits in groups of four, without look-alikes (0/O, 1/l/I).
 */
final class PasswordSuggestion {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordSuggestion() {
    }

    static String next() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
