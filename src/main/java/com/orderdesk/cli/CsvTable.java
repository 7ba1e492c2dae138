package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (UTF-8, RFC 4180, header row) read into rows, with each row's line number in the file so
 * problems can be located. Missing files and columns are reported, not thrown.
 */
final class CsvTable {
    /** One data row. */
    record Row(long line, CSVRecord record) {
        String get(String column) {
            return record.isSet(column) ? record.get(column).trim() : "";
        }

        String raw(String column) {
            return record.isSet(column) ? record.get(column) : "";
        }
    }

    private final String name;
    private final List<Row> rows;

    private CsvTable(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Whether {@code value}, {@code row}'s key in {@code column}, is given and is the first of its kind in this
     * table ({@code seen}: each key's first line so far); an empty or a repeated key is reported, the repeat with
     * the line of the first.
     */
    boolean unique(Row row, String column, String value, Map<String, Long> seen, InputProblems problems) {
        if (value.isEmpty()) {
            problems.add(name, row.line(), column, "is empty");
            return false;
        }
        Long first = seen.putIfAbsent(value, row.line());
        if (first != null) {
            problems.add(name, row.line(), column, "duplicate \"" + value + "\" (first on line " + first + ")");
            return false;
        }
        return true;
    }

    /**
     * Reads the file, or returns null after reporting why it cannot be used. The file is parsed as
     * it is read (no copy of its whole text), and each row's line is the parser's count of the
     * lines before it: 110,000 rows of prediction input made the whole-text copy and a second scan
     * for line starts a visible part of the command's time.
     */
    static CsvTable read(Path file, List<String> requiredColumns, InputProblems problems) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(false).get();
        if (Files.isDirectory(file)) {
            problems.addFile(name, "is a folder, not a file");
            return null;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset(); // no byte-order mark
            }
            if (nothingButBlanks(in)) {
                // one sentence, not one "missing column" line per column wanted
                problems.addFile(name, "the file is empty; its first line must name the columns, for example "
                        + String.join(",", requiredColumns));
                return null;
            }
            CSVParser parser = format.parse(in);
            Map<String, Integer> header = parser.getHeaderMap();
            boolean complete = true;
            for (String column : requiredColumns) {
                if (header == null || !header.containsKey(column)) {
                    problems.add(name, 1, column, "missing column");
                    complete = false;
                }
            }
            if (!complete) {
                return null;
            }
            List<Row> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            long linesBefore = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord r = records.next();
                long line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue; // a blank line
                }
                if (r.size() != header.size()) {
                    problems.add(name, line, "row", "has " + r.size() + " fields, the header has " + header.size());
                    continue;
                }
                rows.add(new Row(line, r));
            }
            return new CsvTable(name, rows);
        } catch (NoSuchFileException e) {
            problems.addFile(name, "file not found (" + file + ")");
            return null;
        } catch (CharacterCodingException e) {
            problems.addFile(name, "not UTF-8 text");
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.addFile(name, "not UTF-8 text");
            } else {
                problems.addMessage(name + malformed(e));
            }
            return null;
        } catch (IOException e) {
            problems.addFile(name, "cannot read: " + FileTrouble.why(file, e));
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.addFile(name, "not UTF-8 text");
            } else {
                problems.addMessage(name + malformed(e));
            }
            return null;
        }
    }

    /** True when the text holds only blank lines (looked at within its first 8 KiB; the reader is put back). */
    private static boolean nothingButBlanks(BufferedReader in) throws IOException {
        int window = 8192;
        in.mark(window);
        for (int i = 0; i < window; i++) {
            int c = in.read();
            if (c < 0) {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                break;
            }
        }
        in.reset();
        return false;
    }

    /**
     * A located sentence for what the CSV parser refused (its own messages name Java internals):
     * a quote left open, text after a closing quote, or a repeated or empty column name.
     */
    static String malformed(Exception e) {
        String m = String.valueOf(e.getMessage());
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?:\\((?:start)?line |at line: )(\\d+)").matcher(m);
        String where = line.find() ? ":" + line.group(1) : "";
        String what;
        if (m.contains("EOF reached before encapsulated token finished")) {
            what = "a quoted field is never closed (a \" opens it and no \" ends it)";
        } else if (m.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            what = "text follows a closing quote in a field (write a quote inside a quoted field as \"\")";
        } else if (m.toLowerCase(java.util.Locale.ROOT).contains("header")) {
            what = "the header row has an empty or repeated column name";
        } else {
            what = "not readable as CSV";
        }
        return where + ": " + what;
    }
}
