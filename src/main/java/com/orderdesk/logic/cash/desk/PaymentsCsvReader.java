package com.orderdesk.logic.cash.desk;

import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.cash.intake.ImportedPayment;
import com.orderdesk.logic.cash.matching.Payment;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the payments CSV of src/site/markdown/contracts/match.md
 * ({@code payment_id,received_date,amount,currency,payer_name,payer_account,reference}) for the
 * desk's import. All or nothing, like the bank parsers: any problem and no payment is returned,
 * each problem as {@code file:line: column: what}.
 */
public final class PaymentsCsvReader {
    static final List<String> COLUMNS = List.of("payment_id", "received_date", "amount", "currency",
            "payer_name", "payer_account", "reference");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]+:[0-9A-Za-z\\-]+");

    private PaymentsCsvReader() {
    }

    public static List<ImportedPayment> parse(String fileName, String text) throws ImportException {
        List<String> problems = new ArrayList<>();
        List<ImportedPayment> out = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long[] starts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : COLUMNS) {
                if (header == null || !header.containsKey(column)) {
                    problems.add(fileName + ":1: " + column + ": missing column");
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord r : parser) {
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                long line = lineOf(starts, r.getCharacterPosition());
                String at = fileName + ":" + line + ": ";
                if (r.size() != header.size()) {
                    problems.add(at + "row has " + r.size() + " fields, the header has " + header.size());
                    continue;
                }
                int before = problems.size();
                String id = r.get("payment_id").strip();
                if (id.isEmpty()) {
                    problems.add(at + "payment_id: is empty");
                } else {
                    Long first = seen.putIfAbsent(id, line);
                    if (first != null) {
                        problems.add(at + "payment_id: duplicate \"" + id + "\" (first on line " + first + ")");
                    }
                }
                LocalDate date = null;
                String dateText = r.get("received_date").strip();
                try {
                    date = LocalDate.parse(dateText);
                } catch (DateTimeParseException e) {
                    problems.add(at + "received_date: \"" + dateText + "\" is not a date (YYYY-MM-DD)");
                }
                String amountText = r.get("amount").strip();
                BigDecimal amount = null;
                if (!AMOUNT.matcher(amountText).matches()) {
                    problems.add(at + "amount: \"" + amountText + "\" is not an amount (for example 1250.00)");
                } else {
                    amount = new BigDecimal(amountText).setScale(2);
                    if (amount.signum() == 0) {
                        problems.add(at + "amount: is zero");
                    }
                }
                String account = r.get("payer_account").strip();
                if (!account.isEmpty() && !ACCOUNT.matcher(account).matches()) {
                    problems.add(at + "payer_account: \"" + account + "\" is not routing:account");
                }
                if (problems.size() == before) {
                    Payment p = new Payment(id, date, amount, r.get("currency").strip(), r.get("payer_name").strip(),
                            account, r.get("reference"));
                    out.add(new ImportedPayment(p, fileName, (int) line, id));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(fileName + ": malformed CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        if (out.isEmpty()) {
            throw new ImportException(List.of(fileName + ":2: no payments in the file"));
        }
        return out;
    }

    private static long[] lineStarts(String text) {
        long[] starts = new long[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static long lineOf(long[] starts, long position) {
        int i = Arrays.binarySearch(starts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
