package com.orderdesk.persistence.catalog;

import com.orderdesk.logic.catalog.Gtin;
import com.orderdesk.logic.catalog.SearchRank;
import com.orderdesk.logic.catalog.SearchWords;
import com.orderdesk.persistence.TextSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * The one product search of order entry and the product list. The products holding every word typed, in any
 * order, anywhere in the SKU or description ({@link SearchWords}), listed best first ({@link SearchRank}): a SKU
 * that starts with the word, then the description's whole words and word starts, then a word found only inside the
 * SKU or another word, ties by SKU; then a whole GTIN. The word match scans the catalogue (a few milliseconds at
 * tens of thousands of products); it reads at most {@link #CANDIDATES} of them, by SKU, and the SKU and description
 * prefixes (index ranges) are read besides, so that one or two letters matching half a large catalogue still list
 * those first.
 */
final class ProductSearch {
    /** The most word matches read to be ranked. */
    static final int CANDIDATES = 1_000;

    private ProductSearch() {
    }

    static List<Long> find(Session s, String text, int limit, boolean activeOnly) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        String active = activeOnly ? "p.active = true and " : "";
        String select = "select p.id, p.sku, p.descriptionKey from Product p where " + active;
        Map<Long, SearchRank.Candidate> candidates = new LinkedHashMap<>();
        String whole = String.join(" ", words);
        if (words.size() == 1) {
            add(candidates, limit, s.createSelectionQuery(select + "p.sku >= :lo and p.sku < :hi order by p.sku", Object[].class)
                    .setParameter("lo", whole).setParameter("hi", TextSearch.prefixUpperBound(whole)));
        }
        add(candidates, limit, s.createSelectionQuery(select + "p.descriptionKey >= :lo and p.descriptionKey < :hi "
                        + "order by p.descriptionKey", Object[].class)
                .setParameter("lo", whole).setParameter("hi", TextSearch.prefixUpperBound(whole)));
        StringBuilder hql = new StringBuilder(select).append("1 = 1");
        for (int i = 0; i < words.size(); i++) {
            hql.append(" and (p.descriptionKey like :w").append(i).append(" or p.sku like :w").append(i).append(')');
        }
        hql.append(" order by p.sku");
        SelectionQuery<Object[]> q = s.createSelectionQuery(hql.toString(), Object[].class);
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, TextSearch.containing(words.get(i)));
        }
        add(candidates, CANDIDATES, q);
        List<Long> found = new ArrayList<>();
        for (SearchRank.Candidate c : SearchRank.rank(words, new ArrayList<>(candidates.values()))) {
            if (found.size() >= limit) {
                break;
            }
            found.add(c.id());
        }
        if (found.size() < limit && words.size() == 1 && whole.matches("\\d{8,14}") && Gtin.problem(whole) == null) {
            for (Long id : s.createSelectionQuery("select p.id from Product p where " + active + "p.gtin = :g", Long.class)
                    .setParameter("g", Gtin.normalize(whole).orElseThrow()).setMaxResults(1).getResultList()) {
                if (!found.contains(id)) {
                    found.add(id);
                }
            }
        }
        return found;
    }

    private static void add(Map<Long, SearchRank.Candidate> candidates, int max, SelectionQuery<Object[]> query) {
        for (Object[] r : query.setMaxResults(max).getResultList()) {
            long id = ((Number) r[0]).longValue();
            candidates.putIfAbsent(id, new SearchRank.Candidate(id, (String) r[1], (String) r[2]));
        }
    }
}
