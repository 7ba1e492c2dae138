package com.orderdesk.logic.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The products file (src/site/markdown/master-data-files.md): one row per product, keyed by SKU.
 * The export writes what the import reads, so a file exported and imported again changes nothing.
 */
public final class ProductFile {
    public static final List<String> COLUMNS = List.of("sku", "description", "unit", "case_qty", "weight_kg", "gtin",
            "list_price", "cost", "category", "taxable", "status");
    public static final String ACTIVE = "active";
    public static final String DISCONTINUED = "discontinued";
    /** The columns whose rule quotes the parsed number (the others already quote the text itself). */
    private static final Set<String> QUOTED_AS_NUMBERS = Set.of("list_price", "cost", "weight_kg", "case_qty");

    private ProductFile() {
    }

    /** The row's values in {@link #COLUMNS} order. */
    public static List<String> values(ProductRow p) {
        return List.of(p.sku(), p.description(), p.unit(), Integer.toString(p.caseQuantity()),
                BigDecimal.valueOf(p.weightGrams(), 3).toPlainString(), p.gtin() == null ? "" : p.gtin(),
                FileValues.money(p.listPrice()), FileValues.money(p.cost()), p.category() == null ? "" : p.category(),
                p.taxable() ? "yes" : "no", p.active() ? ACTIVE : DISCONTINUED);
    }

    /** The product a row gives, or null after adding what is wrong with it to {@code problems}. */
    public static ProductData read(FileRow r, List<InputProblem> problems) {
        int before = problems.size();
        Integer caseQty = FileValues.whole(r, "case_qty", problems, "units in a case");
        Integer grams = FileValues.grams(r, "weight_kg", problems);
        var list = FileValues.money(r, "list_price", problems);
        var cost = FileValues.money(r, "cost", problems);
        Boolean taxable = FileValues.yesNo(r, "taxable", problems);
        Boolean active = switch (r.get("status").toLowerCase(Locale.ROOT)) {
            case ACTIVE -> Boolean.TRUE;
            case DISCONTINUED -> Boolean.FALSE;
            default -> {
                problems.add(new InputProblem(r.line(), "status", ACTIVE + " or " + DISCONTINUED + ", not \""
                        + ProductRules.shorten(r.get("status")) + "\""));
                yield null;
            }
        };
        ProductData p = new ProductData(r.get("sku"), r.get("description"), r.get("unit"), caseQty == null ? 1 : caseQty,
                grams == null ? 0 : grams, r.get("gtin"), list == null ? com.orderdesk.model.common.Money.ZERO : list,
                cost == null ? com.orderdesk.model.common.Money.ZERO : cost, r.get("category"),
                taxable == null || taxable, active == null || active);
        List<InputProblem> rules = new ArrayList<>(ProductRules.check(p, r.line()));
        // a column already reported as unreadable is not reported again by the rules
        rules.removeIf(q -> problems.subList(before, problems.size()).stream().anyMatch(x -> x.column().equals(q.column())));
        problems.addAll(rules.stream().map(q -> asWritten(q, r)).toList());
        return problems.size() == before ? p : null;
    }

    /**
     * The rules' sentence with the value as the file's cell has it: a price of "2000000" is said
     * back as 2000000, not as the 2000000.00 the rules hold, so the person finds it in the file.
     */
    private static InputProblem asWritten(InputProblem q, FileRow r) {
        int not = q.message().lastIndexOf(", not ");
        if (not < 0 || !QUOTED_AS_NUMBERS.contains(q.column())) {
            return q;
        }
        return new InputProblem(q.line(), q.column(), q.message().substring(0, not) + ", not " + ProductRules.shorten(r.get(q.column())));
    }
}
