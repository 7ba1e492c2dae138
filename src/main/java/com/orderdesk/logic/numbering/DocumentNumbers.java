package com.orderdesk.logic.numbering;

/** Formats the n-th number of a series: prefix plus the value zero-padded to a width (SO-100001). */
public final class DocumentNumbers {
    private DocumentNumbers() {
    }

    public static String format(String prefix, long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("document numbers are positive: " + value);
        }
        String digits = Long.toString(value);
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
