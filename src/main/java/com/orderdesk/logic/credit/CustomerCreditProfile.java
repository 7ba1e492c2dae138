package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the credit checks need to know about a customer.
 *
 * @param creditLimit      the limit, or {@code null} when none has been set (such customers get the
 *                         "maximum order without a limit" check instead of the limit check)
 * @param customerSince    the first day as a customer (account opened / first order); {@code null} if unknown,
 *                         which counts as not new
 * @param manualHold       a credit manager put the customer on hold by hand
 * @param manualHoldNote   the note given when the hold was set, or {@code null}
 * @param creditReviewDate the date the customer's credit was due for review, or {@code null} if none is scheduled
 */
public record CustomerCreditProfile(
        long customerId,
        String customerName,
        RiskClass riskClass,
        Money creditLimit,
        LocalDate customerSince,
        boolean manualHold,
        String manualHoldNote,
        LocalDate creditReviewDate) {

    public CustomerCreditProfile {
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(riskClass, "riskClass");
        if (creditLimit != null && creditLimit.isNegative()) {
            throw new IllegalArgumentException("The credit limit of " + customerName + " must not be negative.");
        }
    }

    public boolean hasCreditLimit() {
        return creditLimit != null;
    }
}
