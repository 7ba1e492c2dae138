package com.orderdesk.logic.cash.matching;

import java.util.Locale;
import java.util.Set;

/**
 * Turns invoice numbers and remittance tokens into one comparable key, the "core": upper case,
 * separators dropped, a leading letter prefix (INV, INVOICE, #) dropped, OCR look-alike letters read
 * as digits (O/Q->0, I/L->1, S->5, B->8, Z->2) and leading zeros dropped. "inv-0010O23", "10023"
 * and "INV-10023" share the core "10023".
 */
final class InvoiceRefs {
    /** Shortest core taken for an invoice reference: shorter numbers are quantities, days, codes. */
    static final int MIN_CORE = 4;

    private InvoiceRefs() {
    }

    /** The core of an invoice number as issued (its letters are kept when no digits follow them). */
    static String core(String invoiceNo) {
        String t = stripSeparators(invoiceNo.toUpperCase(Locale.ROOT));
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        String rest = i < t.length() ? t.substring(i) : t;
        return stripZeros(rest);
    }

    /**
     * The core of a remittance token, or null when the token cannot be an invoice reference
     * (no digit, letters inside the number that are not OCR look-alikes, too short).
     */
    static String refCore(String token, java.util.Collection<String> knownPrefixes) {
        String t = stripSeparators(token.toUpperCase(Locale.ROOT));
        if (t.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        String rest = stripPrefix(t, knownPrefixes);
        StringBuilder sb = new StringBuilder(rest.length());
        for (int k = 0; k < rest.length(); k++) {
            char c = ocrDigit(rest.charAt(k));
            if (!Character.isDigit(c)) {
                return null;
            }
            sb.append(c);
        }
        String core = stripZeros(sb.toString());
        return core.length() < MIN_CORE ? null : core;
    }

    private static String stripPrefix(String t, java.util.Collection<String> knownPrefixes) {
        for (String p : knownPrefixes) {
            if (!p.isEmpty() && t.startsWith(p) && t.length() > p.length() && allOcrDigits(t.substring(p.length()))) {
                return t.substring(p.length());
            }
        }
        if (allOcrDigits(t)) {
            return t; // "I04523": a leading 1 read as I, not a prefix
        }
        // An unknown or misspelt prefix ("INVOICE", "IVN"): the letters before the first digit.
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return t.substring(i);
    }

    private static boolean allOcrDigits(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isDigit(ocrDigit(t.charAt(k)))) {
                return false;
            }
        }
        return true;
    }

    /** The prefix letters of an issued invoice number ("INV" for "INV-10023"). */
    static String prefixOf(String invoiceNo) {
        String t = stripSeparators(invoiceNo.toUpperCase(Locale.ROOT));
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i);
    }

    static char ocrDigit(char c) {
        switch (c) {
            case 'O': case 'Q': case 'D': return '0';
            case 'I': case 'L': return '1';
            case 'S': return '5';
            case 'B': return '8';
            case 'Z': return '2';
            case 'G': return '6';
            default: return c;
        }
    }

    /** Drops blanks and the separators people put inside numbers (- _ / . # :). */
    static String stripSeparators(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean separator = Character.isWhitespace(c) || c == '-' || c == '_' || c == '/' || c == '.' || c == '#' || c == ':';
            if (separator && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!separator && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
