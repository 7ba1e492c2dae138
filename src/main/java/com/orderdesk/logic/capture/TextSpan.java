package com.orderdesk.logic.capture;

/**
 * Where in a draft's decoded text a value was read: {@code [start, end)} character offsets, so the
 * inbox can highlight the words beside the field.
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String of(String text) {
        return text.substring(start, Math.min(end, text.length()));
    }

    public TextSpan shift(int offset) {
        return new TextSpan(start + offset, end + offset);
    }

    public static TextSpan union(TextSpan a, TextSpan b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new TextSpan(Math.min(a.start, b.start), Math.max(a.end, b.end));
    }
}
