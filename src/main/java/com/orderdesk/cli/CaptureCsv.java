package com.orderdesk.cli;

import com.orderdesk.logic.capture.MasterData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The master-data CSV files of src/site/markdown/contracts/capture.md, read and checked, each problem located. */
public final class CaptureCsv {
    public static final List<String> CUSTOMER_COLUMNS = List.of("customer_no", "name", "emails", "edi_id", "phone");
    public static final List<String> SHIP_TO_COLUMNS = List.of("customer_no", "code", "name", "street", "city", "state", "zip", "is_default");
    public static final List<String> PRODUCT_COLUMNS = List.of("sku", "description", "unit", "case_qty", "gtin", "list_price");
    public static final List<String> PRICE_COLUMNS = List.of("customer_no", "sku", "unit_price");
    public static final List<String> PART_COLUMNS = List.of("customer_no", "customer_part", "sku");

    private static final Pattern PRICE = Pattern.compile("\\d+(\\.\\d+)?");

    private CaptureCsv() {
    }

    /** Reads and checks the files ({@code prices}, {@code parts} may be null); null when {@code problems} received anything. */
    static MasterData read(Path customersFile, Path shipTosFile, Path productsFile, Path pricesFile, Path partsFile,
                           List<String> internalDomains, InputProblems problems) {
        CsvTable c = CsvTable.read(customersFile, CUSTOMER_COLUMNS, problems);
        CsvTable s = CsvTable.read(shipTosFile, SHIP_TO_COLUMNS, problems);
        CsvTable p = CsvTable.read(productsFile, PRODUCT_COLUMNS, problems);
        CsvTable pr = pricesFile == null ? null : CsvTable.read(pricesFile, PRICE_COLUMNS, problems);
        CsvTable pn = partsFile == null ? null : CsvTable.read(partsFile, PART_COLUMNS, problems);
        List<MasterData.Customer> customers = c == null ? List.of() : customers(c, problems);
        Set<String> customerNos = new java.util.HashSet<>();
        customers.forEach(x -> customerNos.add(x.customerNo()));
        List<MasterData.Product> products = p == null ? List.of() : products(p, problems);
        Set<String> skus = new java.util.HashSet<>();
        products.forEach(x -> skus.add(x.sku()));
        List<MasterData.ShipTo> shipTos = s == null ? List.of() : shipTos(s, c == null ? null : customerNos, problems);
        List<MasterData.Price> prices = pr == null ? List.of() : prices(pr, c == null ? null : customerNos, p == null ? null : skus, problems);
        List<MasterData.PartNumber> parts = pn == null ? List.of() : parts(pn, c == null ? null : customerNos, p == null ? null : skus, problems);
        if (!problems.isEmpty() || c == null || s == null || p == null) {
            return null;
        }
        return new MasterData(customers, shipTos, products, prices, parts, internalDomains);
    }

    private static List<MasterData.Customer> customers(CsvTable t, InputProblems problems) {
        List<MasterData.Customer> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            String no = row.get("customer_no");
            if (!t.unique(row, "customer_no", no, seen, problems)) {
                continue;
            }
            List<String> emails = new ArrayList<>();
            for (String e : row.get("emails").split(";")) {
                String entry = e.trim();
                if (entry.isEmpty()) {
                    continue;
                }
                if (!entry.matches("[^@\\s]*@[^@\\s]+\\.[^@\\s]+")) {
                    problems.add(t.name(), row.line(), "emails", quote(entry) + " is not an address or @domain");
                }
                emails.add(entry.toLowerCase(Locale.ROOT));
            }
            out.add(new MasterData.Customer(no, row.get("name"), emails, row.get("edi_id"), row.get("phone")));
        }
        return out;
    }

    private static List<MasterData.ShipTo> shipTos(CsvTable t, Set<String> customers, InputProblems problems) {
        List<MasterData.ShipTo> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, Long> defaults = new HashMap<>();
        Map<String, Long> firstRow = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            String customer = row.get("customer_no");
            String code = row.get("code");
            if (customers != null && !customers.contains(customer)) {
                problems.add(t.name(), row.line(), "customer_no", quote(customer) + " is not a known customer");
            }
            if (code.isEmpty()) {
                problems.add(t.name(), row.line(), "code", "is empty");
                continue;
            }
            Long first = seen.putIfAbsent(customer + "\u0000" + code, row.line());
            if (first != null) {
                problems.add(t.name(), row.line(), "code", "duplicate " + quote(customer + ", " + code) + " (first on line " + first + ")");
                continue;
            }
            firstRow.putIfAbsent(customer, row.line());
            String flag = row.get("is_default").toLowerCase(Locale.ROOT);
            if (!flag.equals("true") && !flag.equals("false")) {
                problems.add(t.name(), row.line(), "is_default", quote(row.get("is_default")) + " is not true or false");
            } else if (flag.equals("true")) {
                Long other = defaults.putIfAbsent(customer, row.line());
                if (other != null) {
                    problems.add(t.name(), row.line(), "is_default", "a second default ship-to for " + customer + " (first on line " + other + ")");
                }
            }
            out.add(new MasterData.ShipTo(customer, code, row.get("name"), row.get("street"), row.get("city"), row.get("state"),
                    row.get("zip"), flag.equals("true")));
        }
        firstRow.forEach((customer, line) -> {
            if (!defaults.containsKey(customer)) {
                problems.add(t.name(), line, "is_default", "customer " + customer + " has no default ship-to");
            }
        });
        return out;
    }

    private static List<MasterData.Product> products(CsvTable t, InputProblems problems) {
        List<MasterData.Product> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            int before = problems.messages().size();
            String sku = row.get("sku");
            t.unique(row, "sku", sku, seen, problems);
            if (row.get("unit").isEmpty()) {
                problems.add(t.name(), row.line(), "unit", "is empty");
            }
            String caseQty = row.get("case_qty");
            if (!caseQty.matches("[1-9]\\d{0,5}")) {
                problems.add(t.name(), row.line(), "case_qty", quote(caseQty) + " is not a whole number of units (1 or more)");
            }
            String gtin = row.get("gtin");
            if (!gtin.isEmpty() && !gtin.matches("\\d{12,14}")) {
                problems.add(t.name(), row.line(), "gtin", quote(gtin) + " is not a 12- to 14-digit GTIN");
            }
            BigDecimal price = price(t, row, "list_price", problems);
            if (problems.messages().size() == before) {
                out.add(new MasterData.Product(sku, row.get("description"), row.get("unit"), Integer.parseInt(caseQty), gtin, price));
            }
        }
        return out;
    }

    private static List<MasterData.Price> prices(CsvTable t, Set<String> customers, Set<String> skus, InputProblems problems) {
        List<MasterData.Price> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            int before = problems.messages().size();
            known(t, row, customers, skus, problems);
            BigDecimal price = price(t, row, "unit_price", problems);
            Long first = seen.putIfAbsent(row.get("customer_no") + "\u0000" + row.get("sku"), row.line());
            if (first != null) {
                problems.add(t.name(), row.line(), "sku", "a second price for " + quote(row.get("customer_no") + ", "
                        + row.get("sku")) + " (first on line " + first + ")");
            }
            if (problems.messages().size() == before) {
                out.add(new MasterData.Price(row.get("customer_no"), row.get("sku"), price));
            }
        }
        return out;
    }

    private static List<MasterData.PartNumber> parts(CsvTable t, Set<String> customers, Set<String> skus, InputProblems problems) {
        List<MasterData.PartNumber> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            int before = problems.messages().size();
            known(t, row, customers, skus, problems);
            if (row.get("customer_part").isEmpty()) {
                problems.add(t.name(), row.line(), "customer_part", "is empty");
            }
            Long first = seen.putIfAbsent(row.get("customer_no") + "\u0000" + row.get("customer_part").toUpperCase(Locale.ROOT), row.line());
            if (first != null) {
                problems.add(t.name(), row.line(), "customer_part", "duplicate " + quote(row.get("customer_part"))
                        + " for " + row.get("customer_no") + " (first on line " + first + ")");
            }
            if (problems.messages().size() == before) {
                out.add(new MasterData.PartNumber(row.get("customer_no"), row.get("customer_part"), row.get("sku")));
            }
        }
        return out;
    }

    private static void known(CsvTable t, CsvTable.Row row, Set<String> customers, Set<String> skus, InputProblems problems) {
        if (customers != null && !customers.contains(row.get("customer_no"))) {
            problems.add(t.name(), row.line(), "customer_no", quote(row.get("customer_no")) + " is not a known customer");
        }
        if (skus != null && !skus.contains(row.get("sku"))) {
            problems.add(t.name(), row.line(), "sku", quote(row.get("sku")) + " is not a known product");
        }
    }

    private static BigDecimal price(CsvTable t, CsvTable.Row row, String column, InputProblems problems) {
        String v = row.get(column);
        if (!PRICE.matcher(v).matches()) {
            problems.add(t.name(), row.line(), column, quote(v) + " is not a price");
            return null;
        }
        return new BigDecimal(v);
    }

    private static String quote(String v) {
        return "\"" + v + "\"";
    }
}
