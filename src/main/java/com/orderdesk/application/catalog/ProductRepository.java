package com.orderdesk.application.catalog;

import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.catalog.Product;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Products as their maintenance reads and changes them, in the open unit of work (a port: persistence implements it). */
public interface ProductRepository {
    /**
     * Products by SKU, or those matching {@code search} (the order-entry search: SKU, description
     * words in any order, GTIN), at most {@code limit}; damaged rows named and left out.
     */
    Listing<ProductRow> list(String search, boolean includeDiscontinued, int limit);

    Optional<Product> byId(long id);

    Optional<Product> bySku(String sku);

    /** The product holding this 14-digit GTIN, if any. */
    Optional<Product> byGtin(String gtin);

    /** Every product's id by SKU (an import compares a whole file against them). */
    Map<String, Long> idsBySku();

    /** Every GTIN in use, with the SKU holding it. */
    Map<String, String> skusByGtin();

    /** The products with these ids, by SKU. */
    Map<String, Product> byIds(java.util.Collection<Long> ids);

    /** Every product as a row, by SKU (the export). */
    List<ProductRow> all();

    void add(Product product);

    void flush();

    /**
     * Stores what is pending and lets go of the products read so far (a long import would
     * otherwise check every one of them again before each statement that follows).
     */
    void flushAndForget();
}
