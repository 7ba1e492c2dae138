package com.orderdesk.cli;

import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.Customer;
import com.orderdesk.logic.cash.matching.OpenItem;
import com.orderdesk.logic.cash.matching.Payment;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV layouts of src/site/markdown/contracts/match.md: the three inputs, validated, and the applications output. */
public final class CashCsv {
    public static final List<String> CUSTOMER_COLUMNS = List.of("customer_no", "name", "parent_no", "bank_accounts");
    public static final List<String> OPEN_COLUMNS = List.of("invoice_no", "customer_no", "invoice_date", "due_date",
            "original_amount", "open_amount", "currency", "discount_pct", "discount_until");
    public static final List<String> PAYMENT_COLUMNS = List.of("payment_id", "received_date", "amount", "currency",
            "payer_name", "payer_account", "reference");
    public static final List<String> APPLICATION_COLUMNS = List.of("payment_id", "invoice_no", "applied_amount",
            "discount_amount", "deduction_amount", "status", "confidence", "reason");

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]+:[0-9A-Za-z\\-]+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Largest amount taken: far above any real invoice or payment, far below what cents in a long can hold. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    /** The three inputs, all valid. */
    public record MatchInput(List<Customer> customers, List<OpenItem> openItems, List<Payment> payments) {
    }

    private CashCsv() {
    }

    /** Reads and checks the three files; returns null when {@code problems} received anything. */
    static MatchInput read(Path customersFile, Path openFile, Path paymentsFile, InputProblems problems) {
        CsvTable customerTable = CsvTable.read(customersFile, CUSTOMER_COLUMNS, problems);
        CsvTable openTable = CsvTable.read(openFile, OPEN_COLUMNS, problems);
        CsvTable paymentTable = CsvTable.read(paymentsFile, PAYMENT_COLUMNS, problems);
        List<Customer> customers = customerTable == null ? List.of() : customers(customerTable, problems);
        Set<String> customerNos = new LinkedHashSet<>();
        customers.forEach(c -> customerNos.add(c.customerNo()));
        List<OpenItem> open = openTable == null ? List.of()
                : openItems(openTable, customerTable == null ? null : customerNos, problems);
        List<Payment> payments = paymentTable == null ? List.of() : payments(paymentTable, problems);
        return problems.isEmpty() ? new MatchInput(customers, open, payments) : null;
    }

    private static List<Customer> customers(CsvTable t, InputProblems problems) {
        List<Customer> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<CsvTable.Row> withParent = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            String no = row.get("customer_no");
            if (!t.unique(row, "customer_no", no, seen, problems)) {
                continue;
            }
            Set<String> accounts = new LinkedHashSet<>();
            for (String account : row.get("bank_accounts").split(";")) {
                String a = account.trim();
                if (a.isEmpty()) {
                    continue;
                }
                if (ACCOUNT.matcher(a).matches()) {
                    accounts.add(a);
                } else {
                    problems.add(t.name(), row.line(), "bank_accounts", quote(a) + " is not routing:account");
                }
            }
            String parent = row.get("parent_no");
            if (!parent.isEmpty()) {
                withParent.add(row);
            }
            out.add(new Customer(no, row.get("name"), parent, accounts));
        }
        // Parents may be listed after their children: checked once every number is known.
        for (CsvTable.Row row : withParent) {
            String parent = row.get("parent_no");
            if (!seen.containsKey(parent)) {
                problems.add(t.name(), row.line(), "parent_no", quote(parent) + " is not a known customer");
            } else if (parent.equals(row.get("customer_no"))) {
                problems.add(t.name(), row.line(), "parent_no", "a customer cannot be its own parent");
            } else {
                String cycle = parentCycle(row.get("customer_no"), parentOf(out));
                if (cycle != null) {
                    problems.add(t.name(), row.line(), "parent_no", "parents form a cycle: " + cycle);
                }
            }
        }
        return out;
    }

    private static Map<String, String> parentOf(List<Customer> customers) {
        Map<String, String> parents = new HashMap<>();
        customers.forEach(c -> {
            if (c.parentNo() != null) {
                parents.put(c.customerNo(), c.parentNo());
            }
        });
        return parents;
    }

    /** "A -> B -> A" when following parents from {@code start} comes back to it, else null. */
    private static String parentCycle(String start, Map<String, String> parents) {
        List<String> chain = new ArrayList<>(List.of(start));
        String at = parents.get(start);
        while (at != null && chain.size() <= parents.size()) {
            chain.add(at);
            if (at.equals(start)) {
                return String.join(" -> ", chain);
            }
            at = parents.get(at);
        }
        return null;
    }

    private static List<OpenItem> openItems(CsvTable t, Set<String> customerNos, InputProblems problems) {
        List<OpenItem> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            int before = problems.messages().size();
            String no = row.get("invoice_no");
            t.unique(row, "invoice_no", no, seen, problems);
            String customer = row.get("customer_no");
            if (customer.isEmpty()) {
                problems.add(t.name(), row.line(), "customer_no", "is empty");
            } else if (customerNos != null && !customerNos.contains(customer)) {
                problems.add(t.name(), row.line(), "customer_no", quote(customer) + " is not a known customer");
            }
            LocalDate invoiceDate = date(t, row, "invoice_date", true, problems);
            LocalDate dueDate = date(t, row, "due_date", true, problems);
            BigDecimal original = amount(t, row, "original_amount", true, problems);
            BigDecimal open = amount(t, row, "open_amount", true, problems);
            if (open != null && open.signum() < 0) {
                problems.add(t.name(), row.line(), "open_amount", quote(row.get("open_amount")) + " is negative");
            } else if (open != null && original != null && open.compareTo(original) > 0) {
                problems.add(t.name(), row.line(), "open_amount", quote(row.get("open_amount"))
                        + " is more than the original amount " + quote(row.get("original_amount")));
            }
            currency(t, row, problems);
            BigDecimal pct = number(t, row, "discount_pct", problems);
            LocalDate until = date(t, row, "discount_until", false, problems);
            if (pct != null && (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) >= 0)) {
                problems.add(t.name(), row.line(), "discount_pct", quote(row.get("discount_pct")) + " is not a percentage below 100");
            }
            if ((pct == null) != (until == null) && problems.messages().size() == before) {
                problems.add(t.name(), row.line(), pct == null ? "discount_pct" : "discount_until",
                        "is empty but " + (pct == null ? "discount_until" : "discount_pct") + " is set");
            }
            if (problems.messages().size() == before) {
                out.add(new OpenItem(no, customer, invoiceDate, dueDate, original, open, row.get("currency"), pct, until));
            }
        }
        return out;
    }

    private static List<Payment> payments(CsvTable t, InputProblems problems) {
        List<Payment> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            int before = problems.messages().size();
            String id = row.get("payment_id");
            t.unique(row, "payment_id", id, seen, problems);
            LocalDate received = date(t, row, "received_date", true, problems);
            BigDecimal amount = amount(t, row, "amount", true, problems);
            if (amount != null && amount.signum() <= 0) {
                problems.add(t.name(), row.line(), "amount", quote(row.get("amount"))
                        + " is not a receipt (a payment's amount must be more than zero)");
            }
            currency(t, row, problems);
            String account = row.get("payer_account");
            if (!account.isEmpty() && !ACCOUNT.matcher(account).matches()) {
                problems.add(t.name(), row.line(), "payer_account", quote(account) + " is not routing:account");
            }
            if (problems.messages().size() == before) {
                out.add(new Payment(id, received, amount, row.get("currency"), row.get("payer_name"), account,
                        row.raw("reference")));
            }
        }
        return out;
    }

    private static LocalDate date(CsvTable t, CsvTable.Row row, String column, boolean required, InputProblems problems) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                problems.add(t.name(), row.line(), column, "is empty (expected a date YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(t.name(), row.line(), column, quote(v) + " is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static BigDecimal amount(CsvTable t, CsvTable.Row row, String column, boolean required, InputProblems problems) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                problems.add(t.name(), row.line(), column, "is empty (expected an amount)");
            }
            return null;
        }
        if (!AMOUNT.matcher(v).matches()) {
            problems.add(t.name(), row.line(), column, quote(v) + " is not a number");
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        if (d.abs().compareTo(MAX_AMOUNT) > 0) {
            // Cents are counted in a long: beyond about 92 quadrillion they would overflow.
            problems.add(t.name(), row.line(), column, quote(v) + " is too large (at most 999,999,999,999.99)");
            return null;
        }
        if (d.scale() > 2 && d.stripTrailingZeros().scale() > 2) {
            problems.add(t.name(), row.line(), column, quote(v) + " has fractions of a cent");
            return null;
        }
        return d.setScale(2);
    }

    /** Empty (unknown: never posted unattended) or an ISO 4217 code. */
    private static void currency(CsvTable t, CsvTable.Row row, InputProblems problems) {
        String v = row.get("currency");
        if (!v.isEmpty() && !CURRENCY.matcher(v).matches()) {
            problems.add(t.name(), row.line(), "currency", quote(v) + " is not a three-letter currency code (USD, EUR...)");
        }
    }

    private static BigDecimal number(CsvTable t, CsvTable.Row row, String column, InputProblems problems) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        if (!AMOUNT.matcher(v).matches()) {
            problems.add(t.name(), row.line(), column, quote(v) + " is not a number");
            return null;
        }
        return new BigDecimal(v);
    }

    private static String quote(String v) {
        return "\"" + v + "\"";
    }

    /** Writes the applications in the spec's column order, RFC 4180. */
    public static void write(List<Application> rows, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(APPLICATION_COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Application a : rows) {
                printer.printRecord(a.paymentId(), a.invoiceNo() == null ? "" : a.invoiceNo(),
                        a.appliedAmount().toPlainString(), a.discountAmount().toPlainString(),
                        a.deductionAmount().toPlainString(), a.status().name(),
                        String.format(Locale.ROOT, "%.2f", a.confidence()), a.reason());
            }
        }
    }
}
