package com.orderdesk.cli;

import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import com.orderdesk.logic.prediction.PaymentPrediction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV layouts of the predict-payments contract: the history and open inputs, checked, and the predictions output. */
public final class PredictionCsv {
    public static final List<String> HISTORY_COLUMNS = List.of("invoice_no", "customer_no", "invoice_date", "due_date",
            "amount", "terms", "paid_date");
    public static final List<String> OPEN_COLUMNS = List.of("invoice_no", "customer_no", "invoice_date", "due_date",
            "amount", "terms");
    public static final List<String> PREDICTION_COLUMNS = List.of("invoice_no", "expected_pay_date", "p_late_30", "reason");


    /** Both inputs, valid. */
    record Book(List<PaidInvoice> history, List<OpenInvoice> open) {
    }

    private PredictionCsv() {
    }

    /** Reads and checks both files; null when {@code problems} received anything. */
    static Book read(Path historyFile, Path openFile, LocalDate asOf, InputProblems problems) {
        CsvTable historyTable = CsvTable.read(historyFile, HISTORY_COLUMNS, problems);
        CsvTable openTable = CsvTable.read(openFile, OPEN_COLUMNS, problems);
        Map<String, String> seen = new HashMap<>();
        List<PaidInvoice> history = new ArrayList<>();
        List<OpenInvoice> open = new ArrayList<>();
        if (historyTable != null) {
            for (CsvTable.Row row : historyTable.rows()) {
                int before = problems.messages().size();
                Fields f = fields(historyTable, row, seen, problems);
                LocalDate paid = date(historyTable, row, "paid_date", problems);
                if (paid != null && asOf != null && paid.isAfter(asOf)) {
                    problems.add(historyTable.name(), row.line(), "paid_date", paid + " is after the as-of date " + asOf);
                }
                if (paid != null && f.invoiceDate != null && paid.isBefore(f.invoiceDate)) {
                    problems.add(historyTable.name(), row.line(), "paid_date", paid + " is before the invoice date " + f.invoiceDate);
                }
                if (problems.messages().size() == before) {
                    history.add(new PaidInvoice(f.invoiceNo, f.customerNo, f.invoiceDate, f.dueDate, f.amount, row.get("terms"), paid));
                }
            }
        }
        if (openTable != null) {
            for (CsvTable.Row row : openTable.rows()) {
                int before = problems.messages().size();
                Fields f = fields(openTable, row, seen, problems);
                if (problems.messages().size() == before) {
                    open.add(new OpenInvoice(f.invoiceNo, f.customerNo, f.invoiceDate, f.dueDate, f.amount, row.get("terms")));
                }
            }
        }
        return problems.isEmpty() && historyTable != null && openTable != null ? new Book(history, open) : null;
    }

    private record Fields(String invoiceNo, String customerNo, LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount) {
    }

    /** The columns both files share; an invoice number may appear once across the two. */
    private static Fields fields(CsvTable t, CsvTable.Row row, Map<String, String> seen, InputProblems problems) {
        String no = row.get("invoice_no");
        if (no.isEmpty()) {
            problems.add(t.name(), row.line(), "invoice_no", "is empty");
        } else {
            String first = seen.putIfAbsent(no, t.name() + " line " + row.line());
            if (first != null) {
                problems.add(t.name(), row.line(), "invoice_no", "duplicate \"" + no + "\" (first in " + first + ")");
            }
        }
        String customer = row.get("customer_no");
        if (customer.isEmpty()) {
            problems.add(t.name(), row.line(), "customer_no", "is empty");
        }
        LocalDate invoiceDate = date(t, row, "invoice_date", problems);
        LocalDate dueDate = date(t, row, "due_date", problems);
        BigDecimal amount = amount(t, row, problems);
        return new Fields(no, customer, invoiceDate, dueDate, amount);
    }

    private static LocalDate date(CsvTable t, CsvTable.Row row, String column, InputProblems problems) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problems.add(t.name(), row.line(), column, "is empty (expected a date YYYY-MM-DD)");
            return null;
        }
        LocalDate d = isoDate(v);
        if (d == null) {
            problems.add(t.name(), row.line(), column, "\"" + v + "\" is not a date (YYYY-MM-DD)");
        }
        return d;
    }

    /**
     * YYYY-MM-DD read by hand, or null: a third of a million dates per run made the formatter of
     * LocalDate.parse the slowest part of reading the files.
     */
    static LocalDate isoDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** -?digits(.d or .dd)?, checked by hand: a regular expression per row was a visible part of reading. */
    static boolean isAmount(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == v.length()) {
            return true;
        }
        if (v.charAt(i) != '.') {
            return false;
        }
        int decimals = v.length() - i - 1;
        if (decimals < 1 || decimals > 2) {
            return false;
        }
        for (int k = i + 1; k < v.length(); k++) {
            if (v.charAt(k) < '0' || v.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal amount(CsvTable t, CsvTable.Row row, InputProblems problems) {
        String v = row.get("amount");
        if (v.isEmpty()) {
            problems.add(t.name(), row.line(), "amount", "is empty (expected an amount in dollars, e.g. 1250.00)");
            return null;
        }
        if (!isAmount(v)) {
            problems.add(t.name(), row.line(), "amount", "\"" + v + "\" is not an amount in dollars (e.g. 1250.00)");
            return null;
        }
        BigDecimal a = new BigDecimal(v).setScale(2);
        if (a.signum() < 0) {
            problems.add(t.name(), row.line(), "amount", "\"" + v + "\" is negative");
            return null;
        }
        return a;
    }

    /** Writes the predictions in the contract's column order, RFC 4180. */
    public static void write(List<PaymentPrediction> predictions, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(PREDICTION_COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (PaymentPrediction p : predictions) {
                printer.printRecord(p.invoiceNo(), p.expectedPayDate().toString(),
                        String.format(Locale.ROOT, "%.4f", p.pLate30()), p.reason());
            }
        }
    }
}
