package com.orderdesk.logic.catalog;

import java.time.LocalDate;
import java.util.List;

/** Finding products and pricing them for a customer (implemented by the persistence layer). */
public interface ProductCatalog {
    /** Active products whose SKU or description starts with {@code text}, at most {@code limit}. */
    List<ProductHit> search(String text, int limit);

    /** The price a customer pays on {@code day} (contract, else list) and the stock available. */
    LineQuote quote(long productId, Long customerId, LocalDate day);
}
