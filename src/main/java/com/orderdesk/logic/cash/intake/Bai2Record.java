package com.orderdesk.logic.cash.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One logical BAI2 record: a physical record with its 88 continuation records joined on, split
 * into comma-separated fields (the ending "/" removed). The text field of a 16 record, the last
 * one, may itself hold commas: {@link #rest(int)} gives it whole.
 */
record Bai2Record(int line, int physicalLines, String content, List<String> fields) {

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

    static List<Bai2Record> read(BufferedReader in, Problems problems) throws IOException {
        List<Bai2Record> out = new ArrayList<>();
        String raw;
        int lineNo = 0;
        int startLine = 0;
        int physical = 0;
        StringBuilder current = null;
        while ((raw = in.readLine()) != null) {
            lineNo++;
            String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            line = line.stripTrailing();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            String code = comma < 0 ? line.replace("/", "") : line.substring(0, comma);
            if (!code.matches("\\d\\d")) {
                problems.add(lineNo, "\"" + abbreviate(line) + "\" is not a BAI2 record (it must start with a two-digit record code)");
                continue;
            }
            if (code.equals("88")) {
                if (current == null) {
                    problems.add(lineNo, "88 continuation with no record to continue");
                    continue;
                }
                String more = comma < 0 ? "" : line.substring(comma + 1);
                join(current, more);
                physical++;
                continue;
            }
            if (current != null) {
                out.add(of(startLine, physical, current.toString()));
            }
            current = new StringBuilder(line);
            startLine = lineNo;
            physical = 1;
        }
        if (current != null) {
            out.add(of(startLine, physical, current.toString()));
        }
        return out;
    }

    /** Joins a continuation: after an empty last field directly, else as the next field. */
    private static void join(StringBuilder current, String more) {
        int end = current.length();
        if (end > 0 && current.charAt(end - 1) == '/') {
            current.setLength(end - 1);
        }
        boolean emptyLastField = current.length() > 0 && current.charAt(current.length() - 1) == ',';
        boolean isText = current.toString().startsWith("16,") && commas(current) >= 6 && !emptyLastField;
        current.append(emptyLastField ? "" : isText ? " " : ",").append(more);
    }

    private static int commas(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    private static Bai2Record of(int line, int physical, String content) {
        String c = content.endsWith("/") ? content.substring(0, content.length() - 1) : content;
        List<String> fields = new ArrayList<>(List.of(c.split(",", -1)));
        return new Bai2Record(line, physical, c, fields);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
