package com.orderdesk.application.claims;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The customer's contract price valid on a day, per SKU (absent when none). A port of its own, so
 * the pricing proposal does not depend on how contract prices are stored: today it reads
 * customer_price with its valid_from / valid_to columns; when the products work brings dated contract
 * prices of its own, only the adapter changes.
 */
public interface ContractPriceOnDate {
    Map<String, Money> prices(long customerId, Collection<String> skus, LocalDate day);
}
