package com.orderdesk.logic.catalog;

import java.util.Optional;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.EAN13CheckDigit;

/**
 * Global Trade Item Numbers (GTIN-8, UPC-A/GTIN-12, EAN-13, GTIN-14). The check digit is GS1's
 * modulo 10 with weights 3 and 1 from the right, which commons-validator's EAN-13 routine
 * computes for any length. Stored as 14 digits (GS1's advice for databases), so the UPC-A
 * 036000291452 and the EAN-13 0036000291452 are one value.
 */
public final class Gtin {
    private Gtin() {
    }

    /** What a reader of a form or a file is told when a GTIN is refused (null when it is fine). */
    public static String problem(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d+")) {
            return "a GTIN has only digits, not \"" + shorten(typed) + "\"";
        }
        if (digits.length() != 8 && digits.length() != 12 && digits.length() != 13 && digits.length() != 14) {
            return "a GTIN has 8, 12, 13 or 14 digits, not " + digits.length();
        }
        if (!EAN13CheckDigit.EAN13_CHECK_DIGIT.isValid(digits)) {
            return "the check digit of " + digits + " is wrong (it should be " + expectedCheckDigit(digits) + ")";
        }
        return null;
    }

    /** The 14-digit form of a valid GTIN, empty when none was typed; refuses an invalid one. */
    public static Optional<String> normalize(String typed) {
        String why = problem(typed);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return Optional.of("0".repeat(14 - digits.length()) + digits);
    }

    /** A GTIN of {@code body} (without its check digit) completed with its check digit. */
    public static String withCheckDigit(String body) {
        try {
            return body + EAN13CheckDigit.EAN13_CHECK_DIGIT.calculate(body);
        } catch (CheckDigitException e) {
            throw new IllegalArgumentException("Not a GTIN body: " + body, e);
        }
    }

    private static String expectedCheckDigit(String digits) {
        return withCheckDigit(digits.substring(0, digits.length() - 1)).substring(digits.length() - 1);
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
