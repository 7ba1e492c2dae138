package com.orderdesk.cli;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.SettlementKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the four ledger files of contracts/kpi.md from a folder and checks them: every problem is
 * reported with file, line and column, and the ledgers are returned only when there is none.
 */
public final class KpiLedgerFiles {
    public static final String INVOICES = "invoices.csv";
    public static final String SETTLEMENTS = "settlements.csv";
    public static final String PAYMENTS = "payments.csv";
    public static final String ORDERS = "orders.csv";
    public static final List<String> INVOICE_COLUMNS = List.of("invoice_no", "customer_no", "invoice_date", "due_date", "amount");
    public static final List<String> SETTLEMENT_COLUMNS = List.of("invoice_no", "date", "amount", "kind");
    public static final List<String> PAYMENT_COLUMNS = List.of("payment_id", "received_date", "amount", "auto");
    public static final List<String> ORDER_COLUMNS = List.of("order_no", "customer_no", "channel", "entered_date", "touched",
            "shipped_date", "shipments", "shipping_cost", "handling_cost", "complete", "on_time", "undamaged", "invoice_correct");

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d+");

    /** The ledgers (null when there were problems) and the problems, one located message each. */
    public record Result(Ledgers ledgers, List<String> problems) {
    }

    private final InputProblems problems;
    /** Problems this reader reported (a row is kept only when it added none). */
    private int reported;
    /** Dates already parsed: a ledger repeats a few hundred dates over millions of rows. */
    private final Map<String, LocalDate> parsedDates = new HashMap<>();
    private CsvTable table;
    private CsvTable.Row row;

    private KpiLedgerFiles(InputProblems problems) {
        this.problems = problems;
    }

    /** Reads {@code invoices.csv}, {@code settlements.csv}, {@code payments.csv} and {@code orders.csv} from {@code folder}. */
    public static Result read(Path folder) {
        InputProblems problems = new InputProblems();
        Ledgers ledgers = read(folder, problems);
        return new Result(ledgers, problems.messages());
    }

    static Ledgers read(Path folder, InputProblems problems) {
        KpiLedgerFiles reader = new KpiLedgerFiles(problems);
        CsvTable invoiceTable = CsvTable.read(folder.resolve(INVOICES), INVOICE_COLUMNS, problems);
        CsvTable settlementTable = CsvTable.read(folder.resolve(SETTLEMENTS), SETTLEMENT_COLUMNS, problems);
        CsvTable paymentTable = CsvTable.read(folder.resolve(PAYMENTS), PAYMENT_COLUMNS, problems);
        CsvTable orderTable = CsvTable.read(folder.resolve(ORDERS), ORDER_COLUMNS, problems);
        Set<String> invoiceNos = new HashSet<>();
        List<Ledgers.Invoice> invoices = invoiceTable == null ? List.of() : reader.invoices(invoiceTable, invoiceNos);
        // Without a readable invoices.csv every settlement would be "of an unknown invoice": say it once, above.
        List<Ledgers.Settlement> settlements = settlementTable == null ? List.of()
                : reader.settlements(settlementTable, invoiceTable == null ? null : invoiceNos);
        List<Ledgers.Payment> payments = paymentTable == null ? List.of() : reader.payments(paymentTable);
        List<Ledgers.Order> orders = orderTable == null ? List.of() : reader.orders(orderTable);
        return problems.isEmpty() ? new Ledgers(invoices, settlements, payments, orders) : null;
    }

    private List<Ledgers.Invoice> invoices(CsvTable t, Set<String> invoiceNos) {
        table = t;
        List<Ledgers.Invoice> out = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            row = r;
            int before = reported;
            String no = id("invoice_no", firstLine);
            invoiceNos.add(no); // known even if the row has other problems: its settlements are not "unknown"
            LocalDate invoiceDate = date("invoice_date", true);
            LocalDate dueDate = date("due_date", true);
            BigDecimal amount = amount("amount", true);
            if (reported == before) {
                out.add(new Ledgers.Invoice(no, r.get("customer_no"), invoiceDate, dueDate, amount));
            }
        }
        return out;
    }

    private List<Ledgers.Settlement> settlements(CsvTable t, Set<String> invoiceNos) {
        table = t;
        List<Ledgers.Settlement> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            row = r;
            int before = reported;
            String no = r.get("invoice_no");
            if (no.isEmpty()) {
                problem("invoice_no", "is empty");
            } else if (invoiceNos != null && !invoiceNos.contains(no)) {
                problem("invoice_no", quote(no) + " is not an invoice of " + KpiLedgerFiles.INVOICES);
            }
            LocalDate date = date("date", true);
            BigDecimal amount = amount("amount", true);
            SettlementKind kind = choice("kind", SettlementKind.class, true);
            if (reported == before) {
                out.add(new Ledgers.Settlement(no, date, amount, kind));
            }
        }
        return out;
    }

    private List<Ledgers.Payment> payments(CsvTable t) {
        table = t;
        List<Ledgers.Payment> out = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            row = r;
            int before = reported;
            String id = id("payment_id", firstLine);
            LocalDate received = date("received_date", true);
            BigDecimal amount = amount("amount", true);
            Boolean auto = bool("auto", true);
            if (reported == before) {
                out.add(new Ledgers.Payment(id, received, amount, auto));
            }
        }
        return out;
    }

    /** Shipment count, costs and the four flags may be empty until the order has shipped (read as 0 and false). */
    private List<Ledgers.Order> orders(CsvTable t) {
        table = t;
        List<Ledgers.Order> out = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            row = r;
            int before = reported;
            String no = id("order_no", firstLine);
            OrderChannel channel = choice("channel", OrderChannel.class, true);
            LocalDate entered = date("entered_date", true);
            Boolean touched = bool("touched", true);
            LocalDate shipped = date("shipped_date", false);
            boolean needed = shipped != null;
            Integer shipments = whole("shipments", needed);
            BigDecimal shipping = amount("shipping_cost", needed);
            BigDecimal handling = amount("handling_cost", needed);
            Boolean complete = bool("complete", needed);
            Boolean onTime = bool("on_time", needed);
            Boolean undamaged = bool("undamaged", needed);
            Boolean invoiceCorrect = bool("invoice_correct", needed);
            if (reported == before) {
                out.add(new Ledgers.Order(no, r.get("customer_no"), channel, entered, touched, shipped,
                        shipments == null ? 0 : shipments, shipping, handling, isTrue(complete), isTrue(onTime),
                        isTrue(undamaged), isTrue(invoiceCorrect)));
            }
        }
        return out;
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private void problem(String column, String what) {
        reported++;
        problems.add(table.name(), row.line(), column, what);
    }

    private String id(String column, Map<String, Long> firstLine) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(column, "is empty");
            return value;
        }
        Long first = firstLine.putIfAbsent(value, row.line());
        if (first != null) {
            problem(column, "duplicate " + quote(value) + " (first on line " + first + ")");
        }
        return value;
    }

    private LocalDate date(String column, boolean required) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                problem(column, "is empty (expected a date YYYY-MM-DD)");
            }
            return null;
        }
        LocalDate known = parsedDates.get(v);
        if (known != null) {
            return known;
        }
        try {
            LocalDate parsed = LocalDate.parse(v);
            parsedDates.put(v, parsed);
            return parsed;
        } catch (DateTimeParseException e) {
            problem(column, quote(v) + " is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private BigDecimal amount(String column, boolean required) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                problem(column, "is empty (expected an amount)");
            }
            return null;
        }
        if (!AMOUNT.matcher(v).matches()) {
            problem(column, quote(v) + " is not an amount (dollars, up to two decimals)");
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        if (d.stripTrailingZeros().scale() > 2) {
            problem(column, quote(v) + " has fractions of a cent");
            return null;
        }
        return d.setScale(2);
    }

    private Integer whole(String column, boolean required) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                problem(column, "is empty (expected a whole number)");
            }
            return null;
        }
        if (!WHOLE.matcher(v).matches() || v.length() > 9) {
            problem(column, quote(v) + " is not a whole number");
            return null;
        }
        return Integer.parseInt(v);
    }

    private Boolean bool(String column, boolean required) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                problem(column, "is empty (expected true or false)");
            }
            return null;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        problem(column, quote(v) + " is not true or false");
        return null;
    }

    private <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                problem(column, "is empty (expected one of " + names(type) + ")");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(column, quote(v) + " is not one of " + names(type));
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return String.join(", ", names);
    }

    private static String quote(String v) {
        return "\"" + v + "\"";
    }
}
