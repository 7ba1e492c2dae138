package com.orderdesk.logic.capture;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rejected message's reason in a clerk's words: what is wrong with the file, where, and what to
 * do. The readers write their reasons for people who know the formats ("segment 1: EDIE005 -
 * Unexpected end of stream at offset 42"), and those stay as they are in drafts.json, the log and
 * the inbox's Details. This is the one place that knows every kind of them (X12SegmentReader,
 * X12OrderReader, OrderCsvReader, MailDecoder, CaptureEngine) and says each as a sentence; a text
 * no rule knows still gets a sentence, with where when it says where.
 */
public final class RejectionWords {
    private static final String SEND_AGAIN = " Ask the sender to send it again.";
    private static final String CORRECT = " Ask the sender to correct it and send it again.";
    private static final String AS_X12 = " Ask the sender to send the order as X12 EDI.";

    /** "segment 6 (PO1), element 2: detail": where in an interchange (X12 readers). */
    private static final Pattern SEGMENT = Pattern.compile("segment (\\d+)(?: \\((\\w+)\\))?(?:, element (\\d+))?: (.*)", Pattern.DOTALL);
    /** "line 3, column 6: detail": where in an order file or a mail. */
    private static final Pattern LINE = Pattern.compile("line (\\d+)(?:, column (\\d+))?: (.*)", Pattern.DOTALL);

    /** One kind of reason: its detail (after the place) and its sentence, given the place in words. */
    private record Rule(Pattern detail, BiFunction<String, Matcher, String> sentence) {
        static Rule of(String regex, BiFunction<String, Matcher, String> sentence) {
            return new Rule(Pattern.compile(regex, Pattern.DOTALL), sentence);
        }
    }

    private static final List<Rule> SEGMENT_RULES = List.of(
            // StAEDI's own faults (EDIE001-005)
            Rule.of("EDIE005\\b.*end of stream after segment.*", (at, m) -> "The EDI file stops after " + at
                    + " without the segments that close it (IEA): it looks cut off." + SEND_AGAIN),
            Rule.of("EDIE005\\b.*", (at, m) -> "The EDI file ends in the middle of " + at + ": it looks cut off." + SEND_AGAIN),
            Rule.of("EDIE003\\b.*X12 header.*", (at, m) -> "The ISA header is not laid out as X12 requires (106 characters, each"
                    + " value padded to its fixed width)." + CORRECT),
            Rule.of("EDIE004\\b.*", (at, m) -> "The EDI file has a character that does not belong in " + at
                    + ": it may have been damaged on the way." + SEND_AGAIN),
            Rule.of("EDIE002\\b.*", (at, m) -> "The file is not an EDI interchange the inbox reads (X12)." + AS_X12),
            Rule.of("EDIE00\\d\\b.*", (at, m) -> "The EDI file's structure is broken at " + at + "." + SEND_AGAIN),
            // IsaHeader's reading by position
            Rule.of("\"(.*)\" takes (\\d+) characters where the ISA's fixed layout has (\\d+)", (at, m) -> "In " + at + " the value \""
                    + m.group(1) + "\" takes " + m.group(2) + " characters, but the ISA header gives it exactly " + m.group(3)
                    + " (padded with spaces)." + CORRECT),
            Rule.of("(element separator|component separator|segment terminator) \"(.)\".*", (at, m) -> "The " + m.group(1)
                    + " \"" + m.group(2) + "\" that " + at + " declares cannot be used (a letter, digit or space, the same as"
                    + " another separator, or not the one the header itself uses): the file cannot be split into its values." + CORRECT),
            // X12SegmentReader's checks
            Rule.of("an X12 interchange starts with ISA", (at, m) -> "The file does not start with an ISA header, so it is not"
                    + " an X12 EDI interchange." + AS_X12),
            Rule.of("the interchange ends without IEA.*", (at, m) -> "The EDI file stops at " + at + " without its closing IEA"
                    + " segment: it looks cut off." + SEND_AGAIN),
            Rule.of("cannot be read: .*", (at, m) -> "The EDI file cannot be read at " + at + "." + SEND_AGAIN),
            // X12OrderReader's values
            Rule.of("(quantity|unit price) \"(.*)\" is not a number", (at, m) -> "In " + at + " the " + m.group(1) + " \""
                    + m.group(2) + "\" is not a number." + CORRECT),
            Rule.of("(quantity|unit price) \"(.*)\" is negative", (at, m) -> "In " + at + " the " + m.group(1) + " \""
                    + m.group(2) + "\" is below zero." + CORRECT),
            Rule.of("date \"(.*)\" is not CCYYMMDD", (at, m) -> "In " + at + " the date \"" + m.group(1)
                    + "\" is not a date (EDI writes 7 December 2026 as 20261207)." + CORRECT),
            // StAEDI's validation of the envelopes (its error types, in lower case, then the value at fault)
            Rule.of("control reference mismatch.*", (at, m) -> "The control number in " + at
                    + " is not the one its opening segment gave: the file was put together wrongly." + CORRECT),
            Rule.of("control count does not match actual count(?: \"(.*)\")?", (at, m) -> "The count"
                    + (m.group(1) == null ? "" : " " + m.group(1)) + " in " + at
                    + " does not match what the file holds: part of it may be missing." + SEND_AGAIN),
            Rule.of("required data element missing", (at, m) -> capital(at) + " is empty, but X12 requires a value there." + CORRECT),
            Rule.of("invalid code value \"(.*)\"", (at, m) -> "In " + at + " the code \"" + m.group(1)
                    + "\" is not one X12 allows there (a qualifier from X12's list is expected)." + CORRECT),
            Rule.of("invalid (date|time) \"(.*)\"", (at, m) -> "In " + at + " the " + m.group(1) + " \"" + m.group(2) + "\" is not a"
                    + (m.group(1).equals("date") ? " date." : " time of day.") + CORRECT),
            Rule.of("data element too (long|short) \"(.*)\"", (at, m) -> "In " + at + " the value \"" + m.group(2) + "\" is too "
                    + m.group(1) + " for X12." + CORRECT),
            Rule.of("invalid character data \"(.*)\"", (at, m) -> "In " + at + " the value \"" + m.group(1)
                    + "\" has characters X12 does not allow there." + CORRECT),
            Rule.of("mandatory segment missing \"(\\w+)\"", (at, m) -> "The EDI file has no " + m.group(1) + " segment where X12"
                    + " requires one, before " + at + ": part of it may be missing." + SEND_AGAIN),
            Rule.of("segment exceeds maximum use", (at, m) -> capital(at) + " comes more often than X12 allows in that place."
                    + CORRECT),
            Rule.of("loop occurs over maximum times", (at, m) -> capital(at) + " opens a block that X12 allows only once in that"
                    + " place: the segment that should come before it may be missing." + CORRECT),
            Rule.of("(.*segment.*|loop occurs .*)", (at, m) -> capital(at) + " is in a place where X12 does not allow it ("
                    + m.group(1) + ")." + CORRECT),
            Rule.of("(.*)", (at, m) -> "A value in " + at + " is not valid X12 (" + m.group(1) + ")." + CORRECT));

    private static final List<Rule> LINE_RULES = List.of(
            // MailDecoder
            Rule.of("no From or Subject header.*", (at, m) -> "The file is not an email: it has no From or Subject line."
                    + " Save the email from the mail program as an .eml file and import that."),
            // OrderCsvReader
            Rule.of("not UTF-8 text", (at, m) -> "The order file is not plain UTF-8 text: it may be a spreadsheet saved in"
                    + " another format. Ask the sender to save it as CSV (UTF-8) and send it again."),
            Rule.of("the header lacks (\\w+) \\(expected (.*)\\)", (at, m) -> "The order file's first line has no column "
                    + m.group(1) + ": it must start with the header " + m.group(2) + "." + CORRECT),
            Rule.of("(\\d+) fields, the header has (\\d+)", (at, m) -> "The order file's " + at + " has " + m.group(1)
                    + " values where its header has " + m.group(2) + ": a comma too many or too few." + CORRECT),
            Rule.of("requested_date \"(.*)\" is not YYYY-MM-DD", (at, m) -> "On " + at + " of the order file the requested date \""
                    + m.group(1) + "\" is not a date written YYYY-MM-DD." + CORRECT),
            Rule.of("quantity \"(.*)\" is not a whole number", (at, m) -> "On " + at + " of the order file the quantity \""
                    + m.group(1) + "\" is not a whole number." + CORRECT),
            Rule.of("unit_price \"(.*)\" is not a number", (at, m) -> "On " + at + " of the order file the unit price \""
                    + m.group(1) + "\" is not a number." + CORRECT));

    /** Reasons that say no place. */
    private static final List<Rule> OTHER_RULES = List.of(
            // InterchangeAdmission's refusals (TA1 009, 025)
            Rule.of("interchange (\\S+) from (.+?) was taken in before \\((.*)\\):.*", (at, m) -> "The EDI interchange " + m.group(1)
                    + " from " + m.group(2) + " came before (" + m.group(3) + "): its orders were not taken a second time, and the"
                    + " sender was told so (TA1, note 025). If they are new orders, ask the sender to send them with a new"
                    + " interchange control number."),
            Rule.of("interchange (\\S+) from (.+?) is addressed to (.+?), not to this desk's EDI ID (.+?):.*", (at, m) -> "The EDI"
                    + " interchange " + m.group(1) + " from " + m.group(2) + " is addressed to " + m.group(3) + ", not to this desk's"
                    + " EDI ID " + m.group(4) + " (company settings): its orders were not taken, and the sender was told so (TA1,"
                    + " note 009). Ask the sender to use " + m.group(4) + ", or correct the desk's EDI ID if it changed."),
            Rule.of("malformed CSV: .*?(?:line (\\d+).*)?", (at, m) -> "The order file is not valid CSV"
                    + (m.group(1) == null ? "" : " near line " + m.group(1)) + " (a quote left open, perhaps)." + CORRECT),
            Rule.of("cannot be read as a MIME message: .*", (at, m) -> "The email cannot be read: its parts are damaged or not"
                    + " encoded as an email's should be." + SEND_AGAIN),
            Rule.of("not an order format the engine reads.*", (at, m) -> "The inbox does not read this kind of file: it takes"
                    + " emails (.eml), EDI (.edi, .x12, .850) and order files (.csv). Ask the sender for the order in one of those."));

    private RejectionWords() {
    }

    /** The clerk's sentence for a rejected message's reason ({@code technical}, as the reader wrote it). */
    public static String sentence(String technical) {
        String text = technical == null ? "" : technical.strip();
        Matcher segment = SEGMENT.matcher(text);
        if (segment.matches()) {
            String tag = segment.group(2) != null ? segment.group(2) : segment.group(1).equals("1") ? "ISA" : null;
            String at = "segment " + segment.group(1) + (tag == null ? "" : " (" + tag + ")")
                    + (segment.group(3) == null ? "" : ", element " + segment.group(3));
            return apply(SEGMENT_RULES, at, segment.group(4).strip());
        }
        Matcher line = LINE.matcher(text);
        if (line.matches()) {
            String at = "line " + line.group(1) + (line.group(2) == null ? "" : ", column " + line.group(2));
            return apply(LINE_RULES, at, line.group(3).strip());
        }
        return apply(OTHER_RULES, null, text);
    }

    private static String capital(String at) {
        return Character.toUpperCase(at.charAt(0)) + at.substring(1);
    }

    private static String apply(List<Rule> rules, String at, String detail) {
        for (Rule r : rules) {
            Matcher m = r.detail().matcher(detail);
            if (m.matches()) {
                return r.sentence().apply(at, m);
            }
        }
        return "The file cannot be read as an order" + (at == null ? "" : " at " + at) + " (Details say what the reader found)."
                + SEND_AGAIN;
    }
}
