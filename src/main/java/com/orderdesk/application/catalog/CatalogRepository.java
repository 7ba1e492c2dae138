package com.orderdesk.application.catalog;

import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.catalog.ProductHit;

import java.time.LocalDate;
import java.util.List;

/** Finding products and pricing them for a customer (a port: persistence implements it, in the open unit of work). */
public interface CatalogRepository {
    /** Active products whose SKU or description starts with {@code text}, at most {@code limit}. */
    List<ProductHit> search(String text, int limit);

    /** The price a customer pays on {@code day} (contract, else list) and the stock available. */
    LineQuote quote(long productId, Long customerId, LocalDate day);
}
