package com.orderdesk.persistence.catalog;

import com.orderdesk.application.catalog.ProductRepository;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.DamagedRows;
import com.orderdesk.persistence.StoredValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/** {@link ProductRepository} on the product table, in the open unit of work. */
public final class HibernateProductRepository implements ProductRepository {
    private static final String ROW = "SELECT id, sku, description, unit, case_qty, weight_grams, gtin, list_price_cents, "
            + "unit_cost_cents, category, taxable, active, version FROM product";
    private static final String[] COLUMNS = {"id", "sku", "description", "unit", "case_qty", "weight_grams", "gtin",
            "list_price_cents", "unit_cost_cents", "category", "taxable", "active", "version"};

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Listing<ProductRow> list(String search, boolean includeDiscontinued, int limit) {
        Session s = s();
        if (search == null || search.isBlank()) {
            var q = s.createNativeQuery(ROW + (includeDiscontinued ? "" : " WHERE active = :a") + " ORDER BY sku",
                    Object[].class);
            if (!includeDiscontinued) {
                q.setParameter("a", true);
            }
            List<Object[]> raw = q.setMaxResults(limit).getResultList();
            return DamagedRows.read(raw, HibernateProductRepository::row);
        }
        List<Long> ids = ProductSearch.find(s, search, limit, !includeDiscontinued);
        if (ids.isEmpty()) {
            return Listing.of(List.of());
        }
        Map<Long, Object[]> byId = new HashMap<>();
        for (Object[] r : s.createNativeQuery(ROW + " WHERE id IN (:ids)", Object[].class).setParameterList("ids", ids)
                .getResultList()) {
            byId.put(((Number) r[0]).longValue(), r);
        }
        List<Object[]> ordered = new ArrayList<>();
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        });
        return DamagedRows.read(ordered, HibernateProductRepository::row);
    }

    static ProductRow row(Object[] r) {
        StoredValues v = new StoredValues("product", r[1] == null ? r[0] : r[1], r, COLUMNS);
        return new ProductRow(((Number) r[0]).longValue(), v.text(1), v.text(2), v.text(3), v.integer(4), v.integer(5),
                (String) r[6], Money.ofCents(v.longValue(7)), Money.ofCents(v.longValue(8)), (String) r[9], bool(r[10]),
                bool(r[11]), v.longValue(12));
    }

    static boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o instanceof Number n && n.intValue() != 0;
    }

    @Override
    public Optional<Product> byId(long id) {
        return Optional.ofNullable(s().get(Product.class, id));
    }

    @Override
    public Optional<Product> bySku(String sku) {
        return s().createSelectionQuery("from Product p where p.sku = :s", Product.class).setParameter("s", sku)
                .uniqueResultOptional();
    }

    @Override
    public Optional<Product> byGtin(String gtin) {
        return s().createSelectionQuery("from Product p where p.gtin = :g", Product.class).setParameter("g", gtin)
                .uniqueResultOptional();
    }

    @Override
    public Map<String, Long> idsBySku() {
        return CatalogQueries.productIdsBySku();
    }

    @Override
    public Map<String, String> skusByGtin() {
        return CatalogQueries.keyed("select p.gtin, p.sku from Product p where p.gtin is not null", String.class);
    }

    @Override
    public Map<String, Product> byIds(Collection<Long> ids) {
        Map<String, Product> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Product p : s().createSelectionQuery("from Product p where p.id in :ids", Product.class)
                .setParameter("ids", ids).getResultList()) {
            out.put(p.sku(), p);
        }
        return out;
    }

    @Override
    public List<ProductRow> all() {
        return DamagedRows.read(s().createNativeQuery(ROW + " ORDER BY sku", Object[].class).getResultList(),
                HibernateProductRepository::row).rows();
    }

    @Override
    public void add(Product product) {
        s().persist(product);
    }

    @Override
    public void flush() {
        s().flush();
    }

    @Override
    public void flushAndForget() {
        CatalogQueries.flushAndForget();
    }
}
