package com.orderdesk.persistence.catalog;

import com.orderdesk.logic.catalog.Gtin;
import com.orderdesk.logic.catalog.SearchWords;
import com.orderdesk.persistence.TextSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * The one product search of order entry and the product list: SKU prefix first (what a clerk who
 * knows the code types), then description prefix, then every word typed anywhere in the SKU or
 * description, in any order ({@link SearchWords}), then a whole GTIN. Prefixes are index ranges;
 * the word match scans the catalogue, which at tens of thousands of products is a few
 * milliseconds (measured by {@code catalog-bench}).
 */
final class ProductSearch {
    private ProductSearch() {
    }

    static List<Long> find(Session s, String text, int limit, boolean activeOnly) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        String active = activeOnly ? "p.active = true and " : "";
        Map<Long, Boolean> found = new LinkedHashMap<>();
        String whole = String.join(" ", words);
        if (words.size() == 1) {
            add(found, limit, s.createSelectionQuery("select p.id from Product p where " + active + "p.sku >= :lo and p.sku < :hi "
                    + "order by p.sku", Long.class)
                    .setParameter("lo", whole).setParameter("hi", TextSearch.prefixUpperBound(whole)));
        }
        add(found, limit, s.createSelectionQuery("select p.id from Product p where " + active + "p.descriptionKey >= :lo and "
                        + "p.descriptionKey < :hi order by p.descriptionKey", Long.class)
                .setParameter("lo", whole).setParameter("hi", TextSearch.prefixUpperBound(whole)));
        if (found.size() < limit) {
            StringBuilder hql = new StringBuilder("select p.id from Product p where ").append(active).append("1 = 1");
            for (int i = 0; i < words.size(); i++) {
                hql.append(" and (p.descriptionKey like :w").append(i).append(" or p.sku like :w").append(i).append(')');
            }
            hql.append(" order by p.descriptionKey");
            SelectionQuery<Long> q = s.createSelectionQuery(hql.toString(), Long.class);
            for (int i = 0; i < words.size(); i++) {
                q.setParameter("w" + i, TextSearch.containing(words.get(i)));
            }
            add(found, limit, q);
        }
        if (found.size() < limit && words.size() == 1 && whole.matches("\\d{8,14}") && Gtin.problem(whole) == null) {
            add(found, limit, s.createSelectionQuery("select p.id from Product p where " + active + "p.gtin = :g", Long.class)
                    .setParameter("g", Gtin.normalize(whole).orElseThrow()));
        }
        return new ArrayList<>(found.keySet());
    }

    private static void add(Map<Long, Boolean> found, int limit, SelectionQuery<Long> query) {
        if (found.size() >= limit) {
            return;
        }
        for (Long id : query.setMaxResults(limit).getResultList()) {
            if (found.size() >= limit) {
                break;
            }
            found.putIfAbsent(id, Boolean.TRUE);
        }
    }
}
