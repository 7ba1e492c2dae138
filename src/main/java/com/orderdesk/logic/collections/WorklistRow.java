package com.orderdesk.logic.collections;

import com.orderdesk.model.collections.PaymentPromise;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.LocalDate;

/**
 * One customer on the collections worklist, from the day's cached predictions and the contacts
 * and promises logged with it.
 *
 * @param firstPay      the earliest predicted pay date of its open invoices
 * @param lastPay       the latest one
 * @param pLate30       the open-amount-weighted probability of its invoices being paid over 30 days late, or
 *                      {@link #NOT_PREDICTED} for a customer invoiced after the day's prediction run
 * @param lastContactOn the day of the last call or email, null when none
 * @param promiseStatus the latest promise's state (null when there is none)
 * @param brokenPromise a broken promise nobody has followed up yet (no contact logged since it broke)
 */
public record WorklistRow(long customerId, String customerNo, String name, RiskClass riskClass, String owner,
                          Money open, Money overdue, Money disputed, LocalDate oldestDue, LocalDate firstPay,
                          LocalDate lastPay, double pLate30, String behaviour, LocalDate lastContactOn,
                          LocalDate nextActionOn, Money promiseAmount, LocalDate promisedFor,
                          PaymentPromise.Status promiseStatus, boolean brokenPromise, long daysPastDue, double stake) {

    /** The pLate30 of a customer the day's prediction run has not seen yet. */
    public static final double NOT_PREDICTED = Double.NaN;

    /** Whether the day's prediction run has seen this customer's open invoices (not when invoiced after it). */
    public boolean predicted() {
        return !Double.isNaN(pLate30);
    }

    public AgingBucket bucket() {
        return AgingBucket.of(daysPastDue);
    }
}
