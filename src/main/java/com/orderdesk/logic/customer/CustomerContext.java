package com.orderdesk.logic.customer;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.util.List;
import java.util.Optional;

/**
 * What the clerk sees about the customer the moment it is picked: terms, credit standing, open
 * balance and where it ships. {@code taxExempt} is whether today's sale is exempt: a customer
 * whose certificate has expired pays tax, and {@code taxWarning} says why.
 */
public record CustomerContext(long id, String number, String name, String contact, String phone, String email,
                              String paymentTerms, Money creditLimit, RiskClass riskClass, boolean onManualHold,
                              boolean taxExempt, Money openBalance, Money overdueBalance, Money openOrders,
                              List<ShipToView> shipTos, String taxWarning) {

    public CustomerContext(long id, String number, String name, String contact, String phone, String email,
                           String paymentTerms, Money creditLimit, RiskClass riskClass, boolean onManualHold,
                           boolean taxExempt, Money openBalance, Money overdueBalance, Money openOrders,
                           List<ShipToView> shipTos) {
        this(id, number, name, contact, phone, email, paymentTerms, creditLimit, riskClass, onManualHold, taxExempt,
                openBalance, overdueBalance, openOrders, shipTos, null);
    }

    /** The sentence to show when the customer's tax exemption no longer applies. */
    public Optional<String> taxExemptionWarning() {
        return Optional.ofNullable(taxWarning);
    }

    public Optional<ShipToView> defaultShipTo() {
        return shipTos.stream().filter(ShipToView::isDefault).findFirst().or(() -> shipTos.stream().findFirst());
    }

    /** Credit limit less open receivables and open orders; empty when no limit is set. */
    public Optional<Money> availableCredit() {
        return creditLimit == null ? Optional.empty() : Optional.of(creditLimit.minus(openBalance).minus(openOrders));
    }
}
