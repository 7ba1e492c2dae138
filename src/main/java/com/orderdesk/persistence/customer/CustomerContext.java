package com.orderdesk.persistence.customer;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.util.List;
import java.util.Optional;

/**
 * What the clerk sees about the customer the moment it is picked: terms, credit standing, open
 * balance and where it ships.
 */
public record CustomerContext(long id, String number, String name, String contact, String phone, String email,
                              String paymentTerms, Money creditLimit, RiskClass riskClass, boolean onManualHold,
                              boolean taxExempt, Money openBalance, Money overdueBalance, Money openOrders,
                              List<ShipToView> shipTos) {

    public Optional<ShipToView> defaultShipTo() {
        return shipTos.stream().filter(ShipToView::isDefault).findFirst().or(() -> shipTos.stream().findFirst());
    }

    /** A short sentence for the order screen; the credit check itself runs when the order is saved. */
    public String creditStatus() {
        if (onManualHold) {
            return "On manual credit hold";
        }
        if (creditLimit == null) {
            return "No credit limit set";
        }
        Money exposure = openBalance.plus(openOrders);
        Money headroom = creditLimit.minus(exposure);
        if (headroom.isNegative()) {
            return "Over limit by " + headroom.negate();
        }
        return "Within limit (" + headroom + " available)";
    }
}
