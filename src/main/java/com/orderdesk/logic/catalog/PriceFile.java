package com.orderdesk.logic.catalog;

import java.util.List;

/**
 * The contract prices file (src/site/markdown/master-data-files.md): one row per contract, keyed
 * by customer number, SKU and valid-from; an empty valid_to is open-ended.
 */
public final class PriceFile {
    public static final List<String> COLUMNS = List.of("customer_no", "sku", "valid_from", "valid_to", "price");

    private PriceFile() {
    }

    public static List<String> values(ContractPriceRow p) {
        return List.of(p.customerNumber(), p.sku(), p.validFrom().toString(), p.validTo() == null ? "" : p.validTo().toString(),
                FileValues.money(p.price()));
    }

    /** The contract a row gives, or null after adding what is wrong with it to {@code problems}. */
    public static ContractPriceData read(FileRow r, List<InputProblem> problems) {
        int before = problems.size();
        var from = FileValues.date(r, "valid_from", problems, true);
        var to = FileValues.date(r, "valid_to", problems, false);
        var price = FileValues.money(r, "price", problems);
        ContractPriceData c = new ContractPriceData(r.get("customer_no"), r.get("sku"), from, to, price);
        List<InputProblem> rules = new java.util.ArrayList<>(ContractPrices.check(c, r));
        rules.removeIf(q -> problems.subList(before, problems.size()).stream().anyMatch(x -> x.column().equals(q.column())));
        problems.addAll(rules);
        return problems.size() == before ? c : null;
    }
}
