package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import static com.orderdesk.logic.credit.CreditText.date;
import static com.orderdesk.logic.credit.CreditText.days;
import static com.orderdesk.logic.credit.CreditText.money;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The individual credit checks. Each returns a reason when the order must be held, or nothing.
 * Every threshold is inclusive (at the limit passes; beyond it holds).
 */
final class CreditChecks {
    private final CustomerCreditProfile customer;
    private final RiskClassPolicy policy;
    private final LocalDate asOf;

    CreditChecks(CustomerCreditProfile customer, RiskClassPolicy policy, LocalDate asOf) {
        this.customer = customer;
        this.policy = policy;
        this.asOf = asOf;
    }

    /** Runs every enabled check, in the order a reviewer reads them (hard stops first). */
    List<CreditHoldReason> all(List<OpenItem> openItems, OrderUnderCheck order, Exposure exposure,
                               PredictedBehaviour prediction) {
        List<CreditHoldReason> reasons = new ArrayList<>();
        manualHold().ifPresent(reasons::add);
        if (policy.isEnabled(CreditReason.CREDIT_LIMIT_EXCEEDED)) {
            creditLimit(exposure).ifPresent(reasons::add);
        }
        if (policy.isEnabled(CreditReason.ORDER_OVER_MAX_NO_LIMIT)) {
            maxOrderWithoutLimit(order).ifPresent(reasons::add);
        }
        if (policy.isEnabled(CreditReason.ORDER_OVER_MAX_NEW_CUSTOMER)) {
            maxOrderNewCustomer(order).ifPresent(reasons::add);
        }
        if (policy.isEnabled(CreditReason.INVOICE_PAST_DUE)) {
            pastDue(openItems).ifPresent(reasons::add);
        }
        if (policy.isEnabled(CreditReason.OLDEST_ITEM_TOO_OLD)) {
            oldestItem(openItems).ifPresent(reasons::add);
        }
        if (policy.isEnabled(CreditReason.CREDIT_REVIEW_OVERDUE)) {
            reviewOverdue().ifPresent(reasons::add);
        }
        if (policy.isEnabled(CreditReason.PREDICTED_VERY_LATE)) {
            predictedVeryLate(prediction).ifPresent(reasons::add);
        }
        return reasons;
    }

    Optional<CreditHoldReason> manualHold() {
        if (!customer.manualHold()) {
            return Optional.empty();
        }
        String note = customer.manualHoldNote();
        String text = note == null || note.isBlank()
                ? "The customer is on manual hold."
                : "The customer is on manual hold: " + note.strip();
        return reason(CreditReason.MANUAL_HOLD, text);
    }

    Optional<CreditHoldReason> creditLimit(Exposure exposure) {
        if (!customer.hasCreditLimit()) {
            return Optional.empty();
        }
        Money total = exposure.total();
        Money limit = customer.creditLimit();
        if (total.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return reason(CreditReason.CREDIT_LIMIT_EXCEEDED, "Exposure " + money(total)
                + " exceeds the credit limit " + money(limit) + " by " + money(total.minus(limit)) + ".");
    }

    Optional<CreditHoldReason> maxOrderWithoutLimit(OrderUnderCheck order) {
        Money max = policy.maxOrderWithoutLimit();
        if (customer.hasCreditLimit() || order.value().compareTo(max) <= 0) {
            return Optional.empty();
        }
        return reason(CreditReason.ORDER_OVER_MAX_NO_LIMIT, "Order value " + money(order.value())
                + " exceeds " + money(max) + ", the most allowed for a customer without a credit limit in risk class "
                + customer.riskClass().label() + ", by " + money(order.value().minus(max)) + ".");
    }

    Optional<CreditHoldReason> maxOrderNewCustomer(OrderUnderCheck order) {
        Money max = policy.maxOrderNewCustomer();
        if (!isNewCustomer() || order.value().compareTo(max) <= 0) {
            return Optional.empty();
        }
        long daysAsCustomer = ChronoUnit.DAYS.between(customer.customerSince(), asOf);
        return reason(CreditReason.ORDER_OVER_MAX_NEW_CUSTOMER, "Order value " + money(order.value())
                + " exceeds " + money(max) + ", the most allowed for a new customer in risk class "
                + customer.riskClass().label() + ", by " + money(order.value().minus(max))
                + " (customer since " + date(customer.customerSince()) + ", " + days(daysAsCustomer)
                + "; new for " + days(policy.newCustomerDays()) + ").");
    }

    /** New while fewer than {@code newCustomerDays} whole days have passed since the first day. */
    boolean isNewCustomer() {
        LocalDate since = customer.customerSince();
        return since != null && ChronoUnit.DAYS.between(since, asOf) < policy.newCustomerDays();
    }

    Optional<CreditHoldReason> pastDue(List<OpenItem> openItems) {
        int tolerance = policy.pastDueToleranceDays();
        // an amount in dispute on an open case is not past due while its grace period runs
        List<OpenItem> late = openItems.stream()
                .filter(OpenItem::isDebit)
                .filter(i -> i.lateAmount(asOf).isPositive())
                .filter(i -> i.daysPastDue(asOf) > tolerance)
                .sorted(Comparator.comparing(OpenItem::dueDate).thenComparing(OpenItem::documentNumber))
                .toList();
        if (late.isEmpty()) {
            return Optional.empty();
        }
        OpenItem worst = late.get(0);
        String allowance = "; risk class " + customer.riskClass().label() + " allows " + days(tolerance) + ".";
        if (late.size() == 1) {
            return reason(CreditReason.INVOICE_PAST_DUE, "Invoice " + worst.documentNumber() + " ("
                    + money(worst.openAmount()) + " open, due " + date(worst.dueDate()) + ") is "
                    + days(worst.daysPastDue(asOf)) + " past due" + allowance);
        }
        Money total = late.stream().map(OpenItem::openAmount).reduce(Money.ZERO, Money::plus);
        return reason(CreditReason.INVOICE_PAST_DUE, late.size() + " invoices totalling " + money(total)
                + " are more than " + days(tolerance) + " past due; the most overdue, " + worst.documentNumber()
                + " (" + money(worst.openAmount()) + " open, due " + date(worst.dueDate()) + "), is "
                + days(worst.daysPastDue(asOf)) + " past due" + allowance);
    }

    Optional<CreditHoldReason> oldestItem(List<OpenItem> openItems) {
        Optional<OpenItem> oldest = openItems.stream()
                .filter(OpenItem::isDebit)
                .filter(i -> i.lateAmount(asOf).isPositive())
                .min(Comparator.comparing(OpenItem::documentDate).thenComparing(OpenItem::documentNumber));
        if (oldest.isEmpty() || oldest.get().ageDays(asOf) <= policy.oldestItemMaxAgeDays()) {
            return Optional.empty();
        }
        OpenItem item = oldest.get();
        return reason(CreditReason.OLDEST_ITEM_TOO_OLD, "The oldest open item, " + item.documentNumber() + " ("
                + money(item.openAmount()) + " open) of " + date(item.documentDate()) + ", is "
                + days(item.ageDays(asOf)) + " old; risk class " + customer.riskClass().label() + " allows "
                + days(policy.oldestItemMaxAgeDays()) + ".");
    }

    Optional<CreditHoldReason> reviewOverdue() {
        LocalDate due = customer.creditReviewDate();
        if (due == null) {
            return Optional.empty();
        }
        long overdue = ChronoUnit.DAYS.between(due, asOf);
        int grace = policy.reviewGraceDays();
        if (overdue <= grace) {
            return Optional.empty();
        }
        String text = "The credit review was due on " + date(due) + ", " + days(overdue) + " ago";
        text += grace == 0 ? "." : "; risk class " + customer.riskClass().label() + " allows "
                + days(grace) + " of grace.";
        return reason(CreditReason.CREDIT_REVIEW_OVERDUE, text);
    }

    /**
     * Holds when the stored prediction gives the customer more than the class's threshold of
     * paying more than 30 days late. A prediction older than {@link #PREDICTION_MAX_AGE_DAYS}
     * (the collections desk makes one a day) no longer speaks for the customer and is not used.
     */
    Optional<CreditHoldReason> predictedVeryLate(PredictedBehaviour p) {
        if (p == null || ChronoUnit.DAYS.between(p.asOf(), asOf) > PREDICTION_MAX_AGE_DAYS
                || p.pLate30() <= policy.maxPredictedLate30()) {
            return Optional.empty();
        }
        String text = "The payment prediction of " + date(p.asOf()) + " puts the chance of paying more than 30 days"
                + " after due at " + p.pLate30Percent()
                + (p.expectedDaysLate() == null ? "" : " (money expected " + days(p.expectedDaysLate()) + " after due)")
                + "; risk class " + customer.riskClass().label() + " allows " + Math.round(100 * policy.maxPredictedLate30())
                + "%." + (p.behaviour().isEmpty() ? "" : " " + capitalised(p.behaviour()) + ".");
        return reason(CreditReason.PREDICTED_VERY_LATE, text);
    }

    /** Days a stored prediction is used for; older ones are ignored. */
    static final int PREDICTION_MAX_AGE_DAYS = 7;

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Optional<CreditHoldReason> reason(CreditReason code, String message) {
        return Optional.of(new CreditHoldReason(code, message));
    }
}
