package com.orderdesk.application.credit;

import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.model.customer.Customer;

/** A stored customer as the credit rules see them. */
public final class CreditProfiles {
    private CreditProfiles() {
    }

    public static CustomerCreditProfile profile(Customer c, String manualHoldNote) {
        return new CustomerCreditProfile(c.id(), c.name(), c.riskClass(), c.creditLimit().orElse(null),
                c.customerSince(), c.onManualHold(), manualHoldNote, c.creditReviewDate().orElse(null));
    }
}
