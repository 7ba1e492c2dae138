package com.orderdesk.logic.cash.intake;

import com.orderdesk.logic.cash.matching.Payment;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the credits of a bank's CSV export with a {@link BankCsvMapping}: rows with a positive
 * amount (or a filled credit column) are payments; debits and zero rows are skipped. All or
 * nothing: every bad date or amount is listed with its line and column.
 */
final class BankCsvReader {
    private BankCsvReader() {
    }

    /** The header row's cells, or an empty list when the text has no row that could be a header. */
    static List<String> header(String text, char delimiter) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        try (CSVParser p = format(delimiter).get().parse(new StringReader(first))) {
            List<CSVRecord> rows = p.getRecords();
            return rows.isEmpty() ? List.of() : rows.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Up to {@code rows} data rows after the header, for a person to see what the columns hold. */
    static List<List<String>> sample(String text, char delimiter, int rows) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = format(delimiter).get().parse(new StringReader(text))) {
            boolean header = true;
            for (CSVRecord r : p) {
                if (header || (r.size() == 1 && r.get(0).isBlank())) {
                    header = false;
                    continue;
                }
                out.add(r.toList());
                if (out.size() == rows) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // a row the parser cannot read ends the sample; the import itself locates the problem
        }
        return out;
    }

    private static CSVFormat.Builder format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true);
    }

    static List<ImportedPayment> read(String fileName, String text, BankCsvMapping m) throws ImportException {
        List<String> problems = new ArrayList<>();
        List<ImportedPayment> out = new ArrayList<>();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(m.datePattern());
        try (CSVParser p = format(m.delimiter()).setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .get().parse(new StringReader(text))) {
            Map<String, String> columns = new HashMap<>();
            p.getHeaderNames().forEach(h -> columns.putIfAbsent(BankCsvMapping.key(h), h));
            int width = p.getHeaderNames().size();
            Map<String, Integer> firstLineOfRef = new HashMap<>();
            for (CSVRecord r : p) {
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                int line = (int) r.getParser().getCurrentLineNumber();
                if (!fitsHeader(r, width)) {
                    // an unquoted "12,50" shifts every later cell: nothing in the row can be trusted
                    problems.add(fileName + ":" + line + ": row has " + r.size() + " fields, the header has " + width);
                    continue;
                }
                Row row = new Row(fileName, line, r, columns, problems);
                BigDecimal amount = row.amount(m.amountColumn().isEmpty() ? m.creditColumn() : m.amountColumn(), m.decimalComma());
                LocalDate date = row.date(m.dateColumn(), dates, m.datePattern());
                if (amount == null || amount.signum() <= 0 || date == null) {
                    continue; // a debit, an empty credit cell, or a problem already listed
                }
                String currency = m.currencyColumn().isEmpty() ? m.defaultCurrency() : row.text(m.currencyColumn());
                List<String> refs = new ArrayList<>();
                m.referenceColumns().forEach(c -> {
                    if (!row.text(c).isEmpty()) {
                        refs.add(row.text(c));
                    }
                });
                if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
                    problems.add(fileName + ":" + line + ": " + m.currencyColumn() + ": \"" + currency
                            + "\" is not a three-letter currency code (USD, EUR...)");
                    continue;
                }
                String bankRef = row.text(m.bankReferenceColumn());
                if (identifies(bankRef)) {
                    Integer first = firstLineOfRef.putIfAbsent(bankRef, line);
                    if (first != null) {
                        problems.add(fileName + ":" + line + ": " + m.bankReferenceColumn() + ": duplicate \"" + bankRef
                                + "\" (first on line " + first + ")");
                        continue;
                    }
                }
                String id = fileName + ":" + line;
                Payment payment = new Payment(id, date, amount, currency.isEmpty() ? m.defaultCurrency() : currency,
                        row.text(m.payerNameColumn()), row.text(m.payerAccountColumn()), String.join("; ", refs));
                out.add(new ImportedPayment(payment, fileName, line, bankRef));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(fileName + ":" + "1: not readable as CSV with the \"" + m.name() + "\" layout ("
                    + e.getMessage().replaceAll(".*CSVException: ", "") + ")");
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return out;
    }

    /**
     * A row fits when it has exactly the header's number of cells: an unquoted "12,50" adds a cell
     * and shifts every later one, even when the last cell it pushes out happens to be empty.
     */
    private static boolean fitsHeader(CSVRecord r, int width) {
        return r.size() == width;
    }

    /** A transaction id the bank filled in (not one of the words exports write for "none"). */
    private static boolean identifies(String ref) {
        return !ref.isEmpty() && !ref.equalsIgnoreCase("NOTPROVIDED") && !ref.equalsIgnoreCase("NONREF")
                && !ref.equalsIgnoreCase("NONE");
    }

    /** One data row, read by column name, its problems located. */
    private record Row(String file, int line, CSVRecord record, Map<String, String> columns, List<String> problems) {
        String text(String column) {
            String header = column.isEmpty() ? null : columns.get(BankCsvMapping.key(column));
            return header != null && record.isSet(header) ? record.get(header).strip() : "";
        }

        BigDecimal amount(String column, boolean decimalComma) {
            String raw = text(column);
            if (raw.isEmpty()) {
                return null;
            }
            String t = raw.replace(" ", "").replace("\u00A0", "").replace("$", "").replace("€", "");
            t = decimalComma ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
            boolean negative = t.startsWith("(") && t.endsWith(")");
            if (negative) {
                t = "-" + t.substring(1, t.length() - 1);
            }
            if (!t.matches("[+-]?\\d{1,12}(\\.\\d{1,2})?")) {
                problems.add(file + ":" + line + ": " + column + ": \"" + raw + "\" is not an amount");
                return null;
            }
            return new BigDecimal(t).setScale(2);
        }

        LocalDate date(String column, DateTimeFormatter format, String pattern) {
            String raw = text(column);
            try {
                return LocalDate.parse(raw, format);
            } catch (DateTimeParseException e) {
                problems.add(file + ":" + line + ": " + column + ": \"" + raw + "\" is not a date (" + pattern + ")");
                return null;
            }
        }
    }
}
