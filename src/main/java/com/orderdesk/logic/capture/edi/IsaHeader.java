package com.orderdesk.logic.capture.edi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISA header read by position, as X12 lays it out: 106 characters, the element separator 4th,
 * ISA01-ISA16 each padded to its fixed width, the component separator 105th and the segment
 * terminator 106th. StAEDI reads the ISA too, but when its layout is wrong it gives no element at
 * all, so the TA1 could not be addressed; and the TA105 note code a fault earns depends on which of
 * the sixteen elements it is in (X12's interchange note codes, I18: 004 segment terminator, 005-008
 * sender and receiver qualifiers and IDs, 010-020 ISA01-ISA04 and ISA09-ISA15, 026 and 027 the
 * separators).
 */
final class IsaHeader {
    static final int LENGTH = 106;
    private static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    /** TA105 for a fault in ISA01..ISA16 (index 1..16); ISA16 is the component separator. */
    private static final String[] NOTE_OF_ELEMENT = {"022", "010", "011", "012", "013", "005", "006", "007", "008", "014",
        "015", "016", "017", "018", "019", "020", "027"};
    private static final Pattern ISA_ELEMENT = Pattern.compile("segment \\d+ \\(ISA\\), element (\\d+):.*", Pattern.DOTALL);

    /** A fault in the header: the TA105 note code and the reader's reason (in RejectionWords' form). */
    record Fault(String noteCode, String reason) {
    }

    /** ISA01..ISA16 as written (index 0 is "ISA"); fewer when the layout is broken and only some could be split off. */
    private final List<String> elements;
    private final Fault fault;

    private IsaHeader(List<String> elements, Fault fault) {
        this.elements = elements;
        this.fault = fault;
    }

    /** The header starting at {@code start} (the segment's number in the file for the reasons), or null when no ISA starts there. */
    static IsaHeader at(byte[] bytes, int start, int segmentNumber) {
        // a file that ends inside its header is cut off, as StAEDI says ("ends in the middle of segment 1"), not laid out wrongly
        if (start < 0 || bytes.length - start < LENGTH) {
            return null;
        }
        int end = start + LENGTH;
        String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("ISA")) {
            return null;
        }
        String where = "segment " + segmentNumber + " (ISA)";
        char separator = text.charAt(3);
        if (Character.isLetterOrDigit(separator) || Character.isWhitespace(separator)) {
            return new IsaHeader(List.of("ISA"), new Fault("026", where + ": element separator \"" + separator
                    + "\" (4th character) is a letter, digit or space"));
        }
        List<String> fixed = new ArrayList<>(List.of("ISA"));
        int separatorAt = 3;
        for (int i = 1; i <= WIDTHS.length; i++) {
            int from = separatorAt + 1;
            if (text.length() <= separatorAt || text.charAt(separatorAt) != separator) {
                char other = i == 2 && text.length() > 6 ? text.charAt(6) : separator;
                if (other != separator && !Character.isLetterOrDigit(other) && other != ' ') {
                    // the rest of the header is separated by another character: split by that one to address the TA1
                    IsaHeader rest = brokenLayout("ISA" + other + text.substring(4), other, "026", where, 0);
                    return new IsaHeader(rest.elements, new Fault("026", where + ": element separator \"" + separator
                            + "\" (4th character) is not the one separating the rest of the header (\"" + other + "\")"));
                }
                return brokenLayout(text, separator, NOTE_OF_ELEMENT[i - 1], where, i - 1);
            }
            if (text.length() < from + WIDTHS[i - 1]) {
                return brokenLayout(text, separator, NOTE_OF_ELEMENT[i], where, i);
            }
            fixed.add(text.substring(from, from + WIDTHS[i - 1]));
            separatorAt = from + WIDTHS[i - 1];
        }
        char component = text.charAt(LENGTH - 2);
        char terminator = text.charAt(LENGTH - 1);
        if (Character.isLetterOrDigit(component) || component == separator || component == ' ') {
            return new IsaHeader(fixed, new Fault("027", where + ", element 16: component separator \"" + component
                    + "\" is a letter, digit, space or the element separator"));
        }
        if (Character.isLetterOrDigit(terminator) || terminator == separator || terminator == component || terminator == ' ') {
            return new IsaHeader(fixed, new Fault("004", where + ": segment terminator \"" + terminator
                    + "\" (106th character) is a letter, digit, space or another separator"));
        }
        Fault blank = null;
        if (fixed.get(6).isBlank()) {
            blank = new Fault("006", where + ", element 6: required data element missing");
        } else if (fixed.get(8).isBlank()) {
            blank = new Fault("008", where + ", element 8: required data element missing");
        }
        return new IsaHeader(fixed, blank);
    }

    /**
     * A value wider or narrower than its place moves every separator after it: the header is split
     * at its separators instead (to address the TA1), and the note code is the first misplaced element's.
     */
    private static IsaHeader brokenLayout(String text, char separator, String note, String where, int element) {
        String[] split = text.split(Pattern.quote(String.valueOf(separator)), -1);
        List<String> elements = new ArrayList<>(Arrays.asList(split).subList(0, Math.min(split.length, 16)));
        int width = element >= 1 && element < split.length ? split[element].length() : -1;
        String detail = element >= 1 && element <= WIDTHS.length && width >= 0
                ? ", element " + element + ": \"" + split[element].strip() + "\" takes " + width + " characters where the ISA's fixed"
                        + " layout has " + WIDTHS[element - 1]
                : ": not laid out in X12's fixed widths";
        return new IsaHeader(elements, new Fault(note, where + detail));
    }

    /** The note code for a fault StAEDI found in an ISA element, or null when the reason is not one. */
    static String noteOfStaediReason(String reason) {
        Matcher m = ISA_ELEMENT.matcher(reason);
        if (!m.matches()) {
            return null;
        }
        int element = Integer.parseInt(m.group(1));
        return element >= 1 && element < NOTE_OF_ELEMENT.length ? NOTE_OF_ELEMENT[element] : null;
    }

    Fault fault() {
        return fault;
    }

    /** ISA{@code position} stripped of its padding, or "" when it could not be read. */
    String element(int position) {
        return position < elements.size() ? elements.get(position).strip() : "";
    }

    /** ISA13 as the TA1 quotes it: nine digits, a shorter number padded with zeros as X12 pads it; "" when it is no number. */
    String controlNumber() {
        String n = element(13);
        return n.matches("\\d{1,9}") ? "0".repeat(9 - n.length()) + n : "";
    }

    /** Enough was read to send a TA1 back: who sent it, and a control number to quote. */
    boolean addressable() {
        return !element(5).isEmpty() && !element(6).isEmpty() && !controlNumber().isEmpty();
    }
}
