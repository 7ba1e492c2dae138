package com.orderdesk.logic.cash.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One logical BAI2 record: a record with its 88 continuation records joined on, split into
 * comma-separated fields (the ending "/" removed). The text field of a 16 record, the last one,
 * may itself hold commas: {@link #rest(int)} gives it whole.
 *
 * <p>Records arrive one per line, or several on one line each ended by "/" (a layout some banks
 * send, e.g. in fixed 80-byte blocks); a 16 record's text may also wrap onto a line of its own.
 *
 * @param records the records this logical record was made of (itself and its 88s), for the
 *                trailers' record counts
 */
record Bai2Record(int line, int records, String content, List<String> fields) {
    /** Record codes of BAI2 and BTRS version 3; only these start a record after a "/" inside a line. */
    private static final Set<String> CODES = Set.of("01", "02", "03", "16", "49", "88", "98", "99");
    /** A "/" that ends a record and the next record's code right after it (blanks between allowed). */
    private static final Pattern NEXT_RECORD = Pattern.compile("/\\s*(?=(?:01|02|03|16|49|88|98|99),)");
    private static final Pattern CODE = Pattern.compile("\\d\\d(?=,|/|$)");
    /** Two characters and a comma: a record with a bad code, not a wrapped piece of text. */
    private static final Pattern BROKEN_RECORD = Pattern.compile("[A-Za-z0-9]{2},");

    interface Problems {
        void add(int line, String what);
    }

    String code() {
        return fields.get(0);
    }

    int size() {
        return fields.size();
    }

    String field(int i) {
        return i < fields.size() ? fields.get(i).trim() : "";
    }

    /** Fields {@code from} to the end joined back with commas (a 16 record's free text). */
    String rest(int from) {
        return from < fields.size() ? String.join(",", fields.subList(from, fields.size())).trim() : "";
    }

    /** Reads every record of a decoded BAI2 text. */
    static List<Bai2Record> read(String text, Problems problems) {
        Reader reader = new Reader(problems);
        int lineNo = 0;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            lineNo++;
            String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            line = line.stripTrailing();
            if (!line.isBlank()) {
                reader.line(lineNo, line);
            }
        }
        reader.flush();
        return reader.out;
    }

    /** Joins records and their continuations as the lines come. */
    private static final class Reader {
        final List<Bai2Record> out = new ArrayList<>();
        final Problems problems;
        StringBuilder current;
        int startLine;
        int records;

        Reader(Problems problems) {
            this.problems = problems;
        }

        void line(int lineNo, String line) {
            String stripped = line.stripLeading();
            Matcher code = CODE.matcher(stripped);
            if (!code.lookingAt() || !CODES.contains(stripped.substring(0, 2))) {
                if (current != null && textStarted(current) && !BROKEN_RECORD.matcher(stripped).lookingAt()) {
                    // A 16 record's text wrapped onto a line of its own (seen in bank files).
                    current.append(' ').append(stripped);
                    return;
                }
                problems.add(lineNo, "\"" + abbreviate(line) + "\" is not a BAI2 record (it must start with a record code"
                        + " 01, 02, 03, 16, 49, 88, 98 or 99)");
                return;
            }
            for (String piece : NEXT_RECORD.split(stripped)) {
                record(lineNo, piece);
            }
        }

        private void record(int lineNo, String piece) {
            if (piece.startsWith("88")) {
                if (current == null) {
                    problems.add(lineNo, "88 continuation with no record to continue");
                    return;
                }
                join(piece.length() > 3 ? piece.substring(3) : "");
                records++;
                return;
            }
            flush();
            current = new StringBuilder(piece);
            startLine = lineNo;
            records = 1;
        }

        /**
         * Joins a continuation. Its first field is the next field of the record ("," between
         * them, also after a record ending ",/" whose last field was left empty), except inside a
         * 16 record's text, which the continuation carries on.
         */
        private void join(String more) {
            int end = current.length();
            if (end > 0 && current.charAt(end - 1) == '/') {
                current.setLength(end - 1);
            }
            if (textStarted(current)) {
                String text = stripSlash(more);
                if (!text.isBlank()) {
                    current.append(' ').append(text.strip());
                }
            } else {
                current.append(',').append(more);
            }
        }

        void flush() {
            if (current != null) {
                out.add(of(startLine, records, current.toString()));
                current = null;
            }
        }
    }

    /** A 16 record whose fields already reach its text field (after the funds type's own fields). */
    private static boolean textStarted(CharSequence record) {
        String s = stripSlash(record.toString());
        if (!s.startsWith("16,")) {
            return false;
        }
        Bai2Record r = of(0, 1, s);
        int textIndex = Bai2Transaction.skipFundsType(r, 3) + 2;
        return r.size() > textIndex;
    }

    private static String stripSlash(String s) {
        String t = s.stripTrailing();
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    private static Bai2Record of(int line, int records, String content) {
        String c = stripSlash(content);
        return new Bai2Record(line, records, c, new ArrayList<>(List.of(c.split(",", -1))));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
