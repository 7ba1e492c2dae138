package com.orderdesk.logic.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A product's values by field for the audit trail, and the fields one change altered (before and after). */
public final class ProductChanges {
    private ProductChanges() {
    }

    public static Map<String, Object> values(ProductData p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", p.description());
        m.put("unit", p.unit());
        m.put("caseQty", p.caseQuantity());
        m.put("weightKg", p.weightKg().toPlainString());
        m.put("gtin", p.gtin());
        m.put("listPrice", p.listPrice());
        m.put("cost", p.cost());
        m.put("category", p.category());
        m.put("taxable", p.taxable());
        m.put("active", p.active());
        return m;
    }

    /** [before, after] of the fields that differ; empty when nothing changed. */
    public static Map<String, Object>[] diff(ProductData before, ProductData after) {
        Map<String, Object> b = values(before);
        Map<String, Object> a = values(after);
        Map<String, Object> db = new LinkedHashMap<>();
        Map<String, Object> da = new LinkedHashMap<>();
        for (String k : b.keySet()) {
            if (!Objects.equals(String.valueOf(b.get(k)), String.valueOf(a.get(k)))) {
                db.put(k, b.get(k));
                da.put(k, a.get(k));
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object>[] out = new Map[] {db, da};
        return out;
    }
}
