package com.orderdesk.persistence.claims;

import com.orderdesk.application.claims.DisputedAmounts;
import com.orderdesk.logic.claims.DisputedAmount;
import com.orderdesk.persistence.CurrentSession;
import java.util.Map;

/** {@link DisputedAmounts} over the open cases, in the caller's unit of work. */
public final class HibernateDisputedAmounts implements DisputedAmounts {
    @Override
    public Map<String, DisputedAmount> byInvoice(long customerId) {
        return ClaimReceivables.byInvoice(CurrentSession.get(), customerId);
    }
}
