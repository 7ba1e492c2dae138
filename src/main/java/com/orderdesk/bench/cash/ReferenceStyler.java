package com.orderdesk.bench.cash;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** How invoice numbers arrive in remittance text: clean, without prefix, padded, mistyped, misread by OCR. */
final class ReferenceStyler {
    /** What was done to a reference (for the benchmark's per-case figures). */
    enum Style { CLEAN, NO_PREFIX, LEADING_ZEROS, TYPO, OCR, LOWER, EMBEDDED }

    record Styled(String text, Style style) {
    }

    private final Random random;

    ReferenceStyler(Random random) {
        this.random = random;
    }

    Styled style(String invoiceNo) {
        String digits = invoiceNo.replaceAll("^[A-Za-z]+-?", "");
        String prefix = invoiceNo.substring(0, invoiceNo.length() - digits.length());
        int r = random.nextInt(100);
        if (r < 45) {
            return new Styled(invoiceNo, Style.CLEAN);
        }
        if (r < 57) {
            return new Styled(digits, Style.NO_PREFIX);
        }
        if (r < 65) {
            String zeros = random.nextBoolean() ? "00" : "0";
            return new Styled(random.nextBoolean() ? prefix + zeros + digits : zeros + digits, Style.LEADING_ZEROS);
        }
        if (r < 75) {
            return new Styled(prefix + typo(digits), Style.TYPO);
        }
        if (r < 85) {
            String ocr = ocr(digits);
            return ocr.equals(digits) ? new Styled(invoiceNo, Style.CLEAN) : new Styled(prefix + ocr, Style.OCR);
        }
        if (r < 95) {
            String word = List.of("inv ", "Inv#", "invoice ", "INV ", "#").get(random.nextInt(5));
            return new Styled(word + digits, Style.LOWER);
        }
        return new Styled(invoiceNo.replace("-", "").toLowerCase(Locale.ROOT), Style.EMBEDDED);
    }

    /** One keying mistake: a wrong digit, two neighbours swapped, a digit dropped or doubled. */
    String typo(String digits) {
        char[] c = digits.toCharArray();
        int i = 1 + random.nextInt(c.length - 1);
        switch (random.nextInt(4)) {
            case 0:
                char d;
                do {
                    d = (char) ('0' + random.nextInt(10));
                } while (d == c[i]);
                c[i] = d;
                return new String(c);
            case 1:
                if (c[i] == c[i - 1]) {
                    return typo(digits);
                }
                char t = c[i];
                c[i] = c[i - 1];
                c[i - 1] = t;
                return new String(c);
            case 2:
                return digits.substring(0, i) + digits.substring(i + 1);
            default:
                return digits.substring(0, i) + c[i] + digits.substring(i);
        }
    }

    /** A scanner reading 0 as O, 1 as I, 5 as S. */
    String ocr(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char ch : digits.toCharArray()) {
            boolean misread = random.nextInt(3) == 0;
            sb.append(!misread ? ch : ch == '0' ? 'O' : ch == '1' ? 'I' : ch == '5' ? 'S' : ch);
        }
        return sb.toString();
    }

    /** Remittance noise around references: a PO number, a cheque number, a thank-you. */
    String noise() {
        int r = random.nextInt(10);
        if (r == 0) {
            return " PO " + (10000 + random.nextInt(90000));
        }
        if (r == 1) {
            return " CHK " + (1000 + random.nextInt(9000));
        }
        if (r == 2) {
            return " thank you";
        }
        return "";
    }
}
