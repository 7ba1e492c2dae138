package com.orderdesk.bench.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Writes X12 interchanges with the separators, version and control numbers chosen per file. */
final class EdiComposer {
    private static final char[][] SEPARATORS = {{'*', '~', '>'}, {'|', '!', '^'}, {'^', '~', ':'}, {'*', '\'', '>'},
            {'*', '\n', ':'}, {'~', '\u001c', '>'}};

    private final char element;
    private final char segment;
    private final char component;
    private final boolean newlines;
    private final boolean v5010;
    private final List<String> segments = new ArrayList<>();

    EdiComposer(Random r) {
        char[] s = SEPARATORS[r.nextInt(SEPARATORS.length)];
        element = s[0];
        segment = s[1];
        component = s[2];
        newlines = segment != '\n' && r.nextBoolean();
        v5010 = r.nextBoolean();
    }

    void segment(String... elements) {
        segments.add(String.join(String.valueOf(element), elements));
    }

    /** The whole interchange: ISA/GS around the segments added, with counts and matching control numbers. */
    String interchange(String senderId, int control, int sets, boolean breakCount) {
        String isa = String.join(String.valueOf(element), "ISA", "00", "          ", "00", "          ", "ZZ", pad(senderId),
                "ZZ", pad("ORDERDESK"), "261207", "0930", v5010 ? repetition() : "U",
                v5010 ? "00501" : "00401", String.format(Locale.ROOT, "%09d", control), "0", "P", String.valueOf(component));
        StringBuilder b = new StringBuilder(isa).append(segment).append(newlines ? "\n" : "");
        add(b, "GS", "PO", senderId, "ORDERDESK", "20261207", "0930", String.valueOf(control), "X", v5010 ? "005010" : "004010");
        for (String s : segments) {
            b.append(s).append(segment).append(newlines ? "\n" : "");
        }
        add(b, "GE", String.valueOf(sets + (breakCount ? 1 : 0)), String.valueOf(control));
        add(b, "IEA", "1", String.format(Locale.ROOT, "%09d", control));
        return b.toString();
    }

    /** ISA11 in 005010 is the repetition separator: any character the other three do not use. */
    private String repetition() {
        for (char c : new char[] {'^', '`', '{'}) {
            if (c != element && c != segment && c != component) {
                return String.valueOf(c);
            }
        }
        return "{";
    }

    private void add(StringBuilder b, String... elements) {
        b.append(String.join(String.valueOf(element), elements)).append(segment).append(newlines ? "\n" : "");
    }

    private static String pad(String id) {
        return String.format(Locale.ROOT, "%-15s", id);
    }
}
