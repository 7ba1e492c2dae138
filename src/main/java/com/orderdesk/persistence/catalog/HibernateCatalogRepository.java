package com.orderdesk.persistence.catalog;

import com.orderdesk.logic.catalog.ProductHit;
import com.orderdesk.logic.catalog.LineQuote;

import com.orderdesk.logic.order.PriceResolver;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.CurrentSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/** Product look-ups for order lines: search by SKU or description, price for a customer, stock. */
public final class HibernateCatalogRepository implements com.orderdesk.application.catalog.CatalogRepository {
    private static final String AVAILABLE = "select coalesce(sum(case when i.onHand - i.reserved - i.safetyStock > 0 "
            + "then i.onHand - i.reserved - i.safetyStock else 0 end), 0) from InventoryItem i where i.product.id = :p";


    /**
     * Active products whose SKU or description starts with {@code text}, then those holding every
     * word typed, in any order ("liner 33 gal" finds "Can Liner ... Black 33 gal 33x39"), then a
     * GTIN typed or scanned whole.
     */
    @Override
    public List<ProductHit> search(String text, int limit) {
        Session s = CurrentSession.get();
        List<ProductHit> hits = new ArrayList<>();
        for (Long id : ProductSearch.find(s, text, limit, true)) {
            Product p = s.find(Product.class, id);
            hits.add(new ProductHit(p.id(), p.sku(), p.description(), p.unit(), p.listPrice(), available(s, p.id())));
        }
        return hits;
    }

    /** The price and stock of a product for a customer's order on {@code day}. */
    @Override
    public LineQuote quote(long productId, Long customerId, LocalDate day) {
        return quote(CurrentSession.get(), productId, customerId, day);
    }

    public static LineQuote quote(Session s, long productId, Long customerId, LocalDate day) {
        Product p = s.find(Product.class, productId);
        if (p == null) {
            throw new IllegalArgumentException("No product with id " + productId);
        }
        Optional<Money> contract = customerId == null ? Optional.empty() : contractPrice(s, customerId, productId, day);
        PriceResolver.ResolvedPrice price = PriceResolver.resolve(null, contract, p.listPrice());
        return new LineQuote(p.id(), p.sku(), p.description(), p.unit(), price.unitPrice(), price.source(),
                p.listPrice(), available(s, productId), p.taxable(), p.weightGrams());
    }

    /** The contract price valid on {@code day} (of several, the latest valid-from), if any. */
    public static Optional<Money> contractPrice(Session s, long customerId, long productId, LocalDate day) {
        return s.createSelectionQuery("select cp.price from CustomerPrice cp where cp.customer.id = :c and cp.product.id = :p "
                        + "and (cp.validFrom is null or cp.validFrom <= :d) and (cp.validTo is null or cp.validTo >= :d) "
                        + "order by cp.validFrom desc", Money.class)
                .setParameter("c", customerId)
                .setParameter("p", productId)
                .setParameter("d", day)
                .setMaxResults(1)
                .uniqueResultOptional();
    }

    /**
     * Contract prices valid on {@code day} for several products of one customer: of those valid,
     * the one with the latest valid-from ({@link com.orderdesk.logic.catalog.ContractPrices}).
     */
    public static java.util.Map<Long, Money> contractPrices(Session s, long customerId, java.util.Collection<Long> productIds, LocalDate day) {
        // one query per product with a kept plan: with the ids as a list parameter Hibernate
        // translated the query again on every order save. Contract prices are master data no unit
        // that prices an order changes, so nothing need be flushed (dirty-checked) before each read.
        java.util.Map<Long, Money> prices = new java.util.HashMap<>();
        for (Long productId : new java.util.LinkedHashSet<>(productIds)) {
            List<Money> valid = s.createSelectionQuery("select cp.price from CustomerPrice cp where cp.customer.id = :c "
                            + "and cp.product.id = :p and (cp.validFrom is null or cp.validFrom <= :d) "
                            + "and (cp.validTo is null or cp.validTo >= :d) order by cp.validFrom", Money.class)
                    .setParameter("c", customerId)
                    .setParameter("p", productId)
                    .setParameter("d", day)
                    .setQueryFlushMode(org.hibernate.query.QueryFlushMode.NO_FLUSH)
                    .getResultList();
            if (!valid.isEmpty()) {
                prices.put(productId, valid.get(valid.size() - 1));
            }
        }
        return prices;
    }

    public static long available(Session s, long productId) {
        Object v = s.createSelectionQuery(AVAILABLE, Object.class).setParameter("p", productId).getSingleResult();
        return ((Number) v).longValue();
    }
}
