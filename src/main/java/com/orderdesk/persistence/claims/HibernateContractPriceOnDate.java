package com.orderdesk.persistence.claims;

import com.orderdesk.application.claims.ContractPriceOnDate;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.CurrentSession;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Contract prices over today's customer_price table (valid_from / valid_to, open-ended when empty;
 * the newest row wins when several are valid). When contract prices get their own dated rows from
 * the products work, this adapter is the one place to change.
 */
public final class HibernateContractPriceOnDate implements ContractPriceOnDate {
    @Override
    public Map<String, Money> prices(long customerId, Collection<String> skus, LocalDate day) {
        Map<String, Money> out = new HashMap<>();
        if (skus.isEmpty()) {
            return out;
        }
        CurrentSession.get().createSelectionQuery("select cp.product.sku, cp.price from CustomerPrice cp where cp.customer.id = :c"
                        + " and cp.product.sku in :skus and (cp.validFrom is null or cp.validFrom <= :d)"
                        + " and (cp.validTo is null or cp.validTo >= :d) order by cp.id", Object[].class)
                .setParameter("c", customerId)
                .setParameter("skus", skus)
                .setParameter("d", day)
                .getResultList()
                .forEach(r -> out.put((String) r[0], (Money) r[1]));
        return out;
    }
}
