package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The thresholds of the credit checks for one risk class. Every limit is inclusive: a value
 * exactly at the threshold passes, one cent or one day beyond it holds.
 *
 * @param pastDueToleranceDays     hold when any open invoice is more than this many days past its due date
 * @param oldestItemMaxAgeDays     hold when the oldest open item is older than this many days (from its invoice date)
 * @param maxOrderWithoutLimit     the largest order value accepted for a customer who has no credit limit set
 * @param maxOrderNewCustomer      the largest order value accepted for a new customer
 * @param newCustomerDays          a customer is "new" for this many days after their first day as a customer
 * @param reviewGraceDays          days after the credit review date before orders are held for the overdue review
 * @param recheckIncreasePercent   a released order is checked again when its value rises by more than this percentage
 * @param releaseValidDays         a release covers later changes to the order for this many days
 * @param disabledChecks           checks switched off for this class ({@link CreditReason#MANUAL_HOLD} cannot be)
 * @param maxPredictedLate30       hold when the stored prediction gives the customer a higher probability than
 *                                 this (0 to 1) of paying more than 30 days late; 1 never holds
 */
public record RiskClassPolicy(
        int pastDueToleranceDays,
        int oldestItemMaxAgeDays,
        Money maxOrderWithoutLimit,
        Money maxOrderNewCustomer,
        int newCustomerDays,
        int reviewGraceDays,
        BigDecimal recheckIncreasePercent,
        int releaseValidDays,
        Set<CreditReason> disabledChecks,
        double maxPredictedLate30) {

    /** Without a threshold on predicted lateness (1: never holds for it). */
    public RiskClassPolicy(int pastDueToleranceDays, int oldestItemMaxAgeDays, Money maxOrderWithoutLimit,
                           Money maxOrderNewCustomer, int newCustomerDays, int reviewGraceDays,
                           BigDecimal recheckIncreasePercent, int releaseValidDays, Set<CreditReason> disabledChecks) {
        this(pastDueToleranceDays, oldestItemMaxAgeDays, maxOrderWithoutLimit, maxOrderNewCustomer, newCustomerDays,
                reviewGraceDays, recheckIncreasePercent, releaseValidDays, disabledChecks, 1);
    }

    public RiskClassPolicy {
        requireNotNegative(pastDueToleranceDays, "past-due tolerance days");
        requireNotNegative(oldestItemMaxAgeDays, "oldest item maximum age days");
        requireNotNegative(newCustomerDays, "new customer days");
        requireNotNegative(reviewGraceDays, "review grace days");
        requireNotNegative(releaseValidDays, "release valid days");
        Objects.requireNonNull(maxOrderWithoutLimit, "maxOrderWithoutLimit");
        Objects.requireNonNull(maxOrderNewCustomer, "maxOrderNewCustomer");
        Objects.requireNonNull(recheckIncreasePercent, "recheckIncreasePercent");
        if (maxOrderWithoutLimit.isNegative() || maxOrderNewCustomer.isNegative()) {
            throw new IllegalArgumentException("Maximum order values must not be negative.");
        }
        if (recheckIncreasePercent.signum() < 0) {
            throw new IllegalArgumentException("The re-check percentage must not be negative, was "
                    + recheckIncreasePercent.toPlainString() + ".");
        }
        disabledChecks = disabledChecks == null || disabledChecks.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(disabledChecks));
        if (!(maxPredictedLate30 >= 0 && maxPredictedLate30 <= 1)) {
            throw new IllegalArgumentException("The predicted-late threshold must be from 0 to 1, was " + maxPredictedLate30 + ".");
        }
        if (disabledChecks.contains(CreditReason.MANUAL_HOLD)) {
            throw new IllegalArgumentException("The manual hold check cannot be switched off.");
        }
    }

    public boolean isEnabled(CreditReason check) {
        return !disabledChecks.contains(check);
    }

    public RiskClassPolicy withDisabled(CreditReason... checks) {
        Set<CreditReason> set = EnumSet.noneOf(CreditReason.class);
        set.addAll(disabledChecks);
        set.addAll(Set.of(checks));
        return new RiskClassPolicy(pastDueToleranceDays, oldestItemMaxAgeDays, maxOrderWithoutLimit,
                maxOrderNewCustomer, newCustomerDays, reviewGraceDays, recheckIncreasePercent,
                releaseValidDays, set, maxPredictedLate30);
    }

    private static void requireNotNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException("The " + what + " must not be negative, was " + value + ".");
        }
    }
}
