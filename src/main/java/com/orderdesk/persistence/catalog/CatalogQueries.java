package com.orderdesk.persistence.catalog;

import com.orderdesk.persistence.CurrentSession;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;

/** What the catalog's repositories ask of the unit of work's session alike: two-column look-ups, flush and clear. */
final class CatalogQueries {
    private CatalogQueries() {
    }

    /** Every product's id by its SKU (the product import and the contract prices' import both look SKUs up in it). */
    static Map<String, Long> productIdsBySku() {
        return keyed("select p.sku, p.id from Product p", Long.class);
    }

    /** Each row of {@code hql}, which selects a text key and then its value, as one entry of the map. */
    static <V> Map<String, V> keyed(String hql, Class<V> valueType) {
        Map<String, V> out = new HashMap<>();
        for (Object[] r : CurrentSession.get().createSelectionQuery(hql, Object[].class).getResultList()) {
            out.put((String) r[0], valueType.cast(r[1]));
        }
        return out;
    }

    /** Writes what is pending and empties the session, so a long import does not keep every entity it stored. */
    static void flushAndForget() {
        Session s = CurrentSession.get();
        s.flush();
        s.clear();
    }
}
