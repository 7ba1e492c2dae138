package com.orderdesk.cli;

import com.orderdesk.logic.customer.CustomerProblem;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.ListCells;
import com.orderdesk.logic.customer.PostalAddress;
import com.orderdesk.logic.customer.TaxExemption;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * The customers file (src/site/markdown/customers-file.md): one row per ship-to, the customer's own
 * columns filled on one of its rows (the export fills them on the first) and left empty on the
 * others, list columns as {@link ListCells} writes them. Reading groups the rows by customer
 * number and remembers which line each value came from, so every problem names its line and column.
 */
final class CustomersCsv {
    static final List<String> CUSTOMER_COLUMNS = List.of("customer_no", "name", "active", "phone", "email", "contacts",
            "bill_line1", "bill_line2", "bill_city", "bill_state", "bill_zip", "payment_terms", "tax_exempt_certificate",
            "tax_exempt_expires", "order_emails", "edi_sender_id", "bank_accounts", "part_numbers");
    static final List<String> SHIP_TO_COLUMNS = List.of("ship_to_code", "ship_to_name", "ship_to_line1", "ship_to_line2",
            "ship_to_city", "ship_to_state", "ship_to_zip", "ship_to_default");
    static final List<String> COLUMNS;

    static {
        List<String> all = new ArrayList<>(CUSTOMER_COLUMNS);
        all.addAll(SHIP_TO_COLUMNS);
        COLUMNS = List.copyOf(all);
    }

    private CustomersCsv() {
    }

    /** Writes one customer's rows (one per ship-to; one row with empty ship-to columns if it has none). */
    static void write(CSVPrinter out, CustomerRecord r) throws IOException {
        List<CustomerRecord.ShipTo> ships = r.shipTos();
        int rows = Math.max(1, ships.size());
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            if (i == 0) {
                TaxExemption t = r.taxExemption();
                cells.addAll(List.of(r.number(), r.name(), String.valueOf(r.active()), r.phone(), r.email(),
                        ListCells.contacts(r.contacts()), r.billTo().line1(), r.billTo().line2(), r.billTo().city(),
                        r.billTo().state(), r.billTo().zip(), r.paymentTerms(), t == null ? "" : t.certificate(),
                        t == null || t.expires() == null ? "" : t.expires().toString(), ListCells.emails(r.orderEmails()),
                        r.ediSenderId(), ListCells.bankAccounts(r.bankAccounts()), ListCells.partNumbers(r.partNumbers())));
            } else {
                cells.add(r.number());
                for (int k = 1; k < CUSTOMER_COLUMNS.size(); k++) {
                    cells.add("");
                }
            }
            if (ships.isEmpty()) {
                for (int k = 0; k < SHIP_TO_COLUMNS.size(); k++) {
                    cells.add("");
                }
            } else {
                CustomerRecord.ShipTo s = ships.get(i);
                PostalAddress a = s.address();
                cells.addAll(List.of(s.code(), s.label(), a.line1(), a.line2(), a.city(), a.state(), a.zip(),
                        String.valueOf(s.isDefault())));
            }
            out.printRecord(cells);
        }
    }

    /** The records read, in the order their customers first appear, and where each value came from. */
    record Parsed(List<CustomerRecord> records, List<Lines> lines) {
    }

    /** For one record: the line of each customer column's value, and of each ship-to (in the record's order). */
    record Lines(Map<String, Long> columnLine, List<Long> shipToLines, long firstLine) {
        long of(String column) {
            return columnLine.getOrDefault(column, firstLine);
        }
    }

    /** Groups the rows into customers; null when {@code problems} received anything. */
    static Parsed read(CsvTable t, InputProblems problems) {
        if (!t.rows().isEmpty()) {
            for (String h : t.rows().get(0).record().getParser().getHeaderNames()) {
                if (!COLUMNS.contains(h)) {
                    problems.add(t.name(), 1, h, "not a column of the customers file (its columns are those of"
                            + " `customers export`)");
                }
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Long> shipToKeys = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            String no = row.get("customer_no").toUpperCase(Locale.ROOT);
            if (no.isEmpty()) {
                problems.add(t.name(), row.line(), "customer_no", "empty: every row names its customer");
                continue;
            }
            Group g = groups.computeIfAbsent(no, k -> new Group(row.line()));
            for (String column : CUSTOMER_COLUMNS) {
                String v = row.get(column);
                if (v.isEmpty() || column.equals("customer_no")) {
                    continue;
                }
                String before = g.values.putIfAbsent(column, v);
                if (before == null) {
                    g.lines.put(column, row.line());
                } else if (!before.equals(v)) {
                    problems.add(t.name(), row.line(), column, "\"" + v + "\" differs from line " + g.lines.get(column)
                            + " (\"" + before + "\") of customer " + no + "; fill a customer's columns on one of its rows");
                }
            }
            boolean hasShipTo = SHIP_TO_COLUMNS.stream().anyMatch(c -> !row.get(c).isEmpty());
            if (hasShipTo) {
                String code = row.get("ship_to_code").toUpperCase(Locale.ROOT);
                Long earlier = shipToKeys.putIfAbsent(no + "\u0000" + code, row.line());
                if (earlier != null) {
                    problems.add(t.name(), row.line(), "ship_to_code", "customer " + no + " ship-to " + code
                            + " is already on line " + earlier + "; each ship-to is one row");
                    continue;
                }
                Boolean isDefault = bool(t, row, "ship_to_default", false, problems);
                g.shipTos.add(new CustomerRecord.ShipTo(null, code, row.get("ship_to_name"), new PostalAddress(
                        row.get("ship_to_line1"), row.get("ship_to_line2"), row.get("ship_to_city"), row.get("ship_to_state"),
                        row.get("ship_to_zip")), isDefault != null && isDefault));
                g.shipToLines.add(row.line());
            }
        }
        List<CustomerRecord> records = new ArrayList<>();
        List<Lines> lines = new ArrayList<>();
        groups.forEach((no, g) -> {
            records.add(g.record(t.name(), no, problems));
            lines.add(new Lines(g.lines, g.shipToLines, g.firstLine));
        });
        return problems.isEmpty() ? new Parsed(records, lines) : null;
    }

    private static Boolean bool(CsvTable t, CsvTable.Row row, String column, boolean blank, InputProblems problems) {
        return bool(t.name(), row.line(), column, row.get(column), blank, problems);
    }

    private static Boolean bool(String file, long line, String column, String v, boolean blank, InputProblems problems) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "" -> {
                return blank;
            }
            case "true", "yes", "y", "1" -> {
                return true;
            }
            case "false", "no", "n", "0" -> {
                return false;
            }
            default -> {
                problems.add(file, line, column, "\"" + v + "\" is not true or false");
                return null;
            }
        }
    }

    /** One customer's rows while they are read. */
    private static final class Group {
        final long firstLine;
        final Map<String, String> values = new HashMap<>();
        final Map<String, Long> lines = new HashMap<>();
        final List<CustomerRecord.ShipTo> shipTos = new ArrayList<>();
        final List<Long> shipToLines = new ArrayList<>();

        Group(long firstLine) {
            this.firstLine = firstLine;
        }

        String v(String column) {
            return values.getOrDefault(column, "");
        }

        CustomerRecord record(String file, String number, InputProblems problems) {
            Boolean active = bool(file, lines.getOrDefault("active", firstLine), "active", v("active"), true, problems);
            TaxExemption exemption = null;
            LocalDate expires = null;
            if (!v("tax_exempt_expires").isEmpty()) {
                try {
                    expires = LocalDate.parse(v("tax_exempt_expires"));
                } catch (DateTimeParseException e) {
                    problems.add(file, lines.get("tax_exempt_expires"), "tax_exempt_expires", "\"" + v("tax_exempt_expires")
                            + "\" is not a date (YYYY-MM-DD, e.g. 2027-06-30)");
                }
                if (v("tax_exempt_certificate").isEmpty()) {
                    problems.add(file, lines.get("tax_exempt_expires"), "tax_exempt_certificate",
                            "empty, but the exemption has an expiry date: give the certificate number, or clear both");
                }
            }
            if (!v("tax_exempt_certificate").isEmpty()) {
                exemption = new TaxExemption(v("tax_exempt_certificate"), expires);
            }
            return new CustomerRecord(null, 0, number, v("name"), active == null || active, v("phone"), v("email"),
                    ListCells.parseContacts(v("contacts")), new PostalAddress(v("bill_line1"), v("bill_line2"),
                    v("bill_city"), v("bill_state"), v("bill_zip")), v("payment_terms"), exemption,
                    ListCells.parseEmails(v("order_emails")), v("edi_sender_id"), ListCells.parseBankAccounts(v("bank_accounts")),
                    ListCells.parsePartNumbers(v("part_numbers")), shipTos);
        }
    }

    /** The file column a problem with {@code field} belongs in. */
    static String column(CustomerProblem p) {
        String f = p.field();
        if (f.startsWith("shipTos")) {
            return switch (f) {
                case "shipTos.label" -> "ship_to_name";
                case "shipTos.default", "shipTos", "shipTos.code" -> f.equals("shipTos.default") ? "ship_to_default" : "ship_to_code";
                default -> "ship_to_" + f.substring("shipTos.".length());
            };
        }
        if (f.startsWith("billTo.")) {
            return "bill_" + f.substring("billTo.".length());
        }
        if (f.startsWith("contacts")) {
            return "contacts";
        }
        if (f.startsWith("partNumbers")) {
            return "part_numbers";
        }
        return switch (f) {
            case "number" -> "customer_no";
            case "paymentTerms" -> "payment_terms";
            case "taxExemption.certificate" -> "tax_exempt_certificate";
            case "taxExemption.expires" -> "tax_exempt_expires";
            case "orderEmails" -> "order_emails";
            case "ediSenderId" -> "edi_sender_id";
            case "bankAccounts" -> "bank_accounts";
            default -> f;
        };
    }

    /** The line a problem belongs on: its ship-to's row, else the row that gave the column its value. */
    static long line(Lines lines, CustomerProblem p) {
        if (p.field().startsWith("shipTos") && p.index() > 0 && p.index() <= lines.shipToLines().size()) {
            return lines.shipToLines().get(p.index() - 1);
        }
        return lines.of(column(p));
    }
}
