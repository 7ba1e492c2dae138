package com.orderdesk.application.claims;

import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.model.common.Money;

/**
 * How a person resolves a case: the part found valid (credited), what happens to the rest
 * (charged back or written off; may be null when nothing is left) and why.
 */
public record Resolution(Money valid, SettlementPlan.Rest rest, String note) {
    public static Resolution valid(Money amount, String note) {
        return new Resolution(amount, null, note);
    }

    public static Resolution invalid(String note) {
        return new Resolution(Money.ZERO, SettlementPlan.Rest.CHARGEBACK, note);
    }

    public static Resolution writeOff(String note) {
        return new Resolution(Money.ZERO, SettlementPlan.Rest.WRITE_OFF, note);
    }
}
