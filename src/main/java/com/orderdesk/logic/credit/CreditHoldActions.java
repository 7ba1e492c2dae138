package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.model.common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The rules of the credit-hold desk's actions, before anything is stored: who may act
 * (role and segregation of duties), that a reason is given, and the audit event each action
 * writes. The persistence service calls these inside its transaction and stores what they return,
 * so a screen, a command or an import all pass the same gate.
 */
public final class CreditHoldActions {
    private final Authorizer authorizer;
    private final Clock clock;

    public CreditHoldActions(Authorizer authorizer, Clock clock) {
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A release to store with the order (for the re-check rule) and its audit event. */
    public record Release(CreditRelease release, AuditEvent audit) {
    }

    /** The customer's credit profile after a change, and its audit event. */
    public record ProfileChange(CustomerCreditProfile updated, AuditEvent audit) {
    }

    /** Releases a held order: credit managers only, never the person who entered or last changed it. */
    public Release release(SignedInUser user, HeldOrder order, String reason) {
        authorizer.requireMayReleaseHold(user, order.authorship());
        String why = requireReason(reason, "releasing order " + order.orderNumber());
        CreditRelease release = new CreditRelease(order.orderId(), order.value(), LocalDate.now(clock), user.userName());
        AuditEvent audit = AuditEvent.of(user.userName(), AuditActions.CREDIT_RELEASE, AuditActions.ORDER,
                        order.orderNumber())
                .withChange(heldValues(order), AuditValues.json(Map.of("status", "RELEASED")))
                .withReason(why);
        return new Release(release, audit);
    }

    /**
     * Keeps a held order on hold after a look (waiting for a payment, a call back): credit managers
     * only, with a reason, so the decision and why are in the trail like a release's.
     */
    public AuditEvent keep(SignedInUser user, HeldOrder order, String reason) {
        authorizer.require(user, Permission.RELEASE_CREDIT_HOLD);
        String why = requireReason(reason, "keeping order " + order.orderNumber() + " on hold");
        return AuditEvent.of(user.userName(), AuditActions.CREDIT_KEEP, AuditActions.ORDER, order.orderNumber())
                .withChange(heldValues(order), heldValues(order))
                .withReason(why);
    }

    /** Rejects (cancels) a held order. */
    public AuditEvent reject(SignedInUser user, HeldOrder order, String reason) {
        authorizer.require(user, Permission.REJECT_HELD_ORDER);
        String why = requireReason(reason, "rejecting order " + order.orderNumber());
        return AuditEvent.of(user.userName(), AuditActions.CREDIT_REJECT, AuditActions.ORDER, order.orderNumber())
                .withChange(heldValues(order), AuditValues.json(Map.of("status", "CANCELLED")))
                .withReason(why);
    }

    /** Sets a new limit ({@code null} = no limit) and risk class, with a note. */
    public ProfileChange changeCreditLimit(SignedInUser user, CustomerCreditProfile customer, Money newLimit,
                                           RiskClass newRiskClass, String note) {
        authorizer.require(user, Permission.CHANGE_CREDIT_LIMIT);
        Objects.requireNonNull(newRiskClass, "newRiskClass");
        if (newLimit != null && newLimit.isNegative()) {
            throw new IllegalArgumentException("The credit limit must be zero or more, was " + newLimit + ".");
        }
        String why = requireReason(note, "changing the credit limit of " + customer.customerName());
        CustomerCreditProfile updated = new CustomerCreditProfile(customer.customerId(), customer.customerName(),
                newRiskClass, newLimit, customer.customerSince(), customer.manualHold(), customer.manualHoldNote(),
                customer.creditReviewDate());
        AuditEvent audit = AuditEvent.of(user.userName(), AuditActions.CREDIT_LIMIT_CHANGE, AuditActions.CUSTOMER,
                        Long.toString(customer.customerId()))
                .withChange(limitValues(customer), limitValues(updated))
                .withReason(why);
        return new ProfileChange(updated, audit);
    }

    /**
     * Whether a limit change would leave the customer as they are (same limit, same risk class):
     * then there is nothing to store or audit, and the desk says so rather than "changed".
     */
    public static boolean leavesUnchanged(CustomerCreditProfile customer, Money newLimit, RiskClass newRiskClass) {
        return Objects.equals(customer.creditLimit(), newLimit) && customer.riskClass() == newRiskClass;
    }

    /** Puts the customer on manual hold ({@code on}) or takes them off, with a note. */
    public ProfileChange setManualHold(SignedInUser user, CustomerCreditProfile customer, boolean on, String note) {
        authorizer.require(user, Permission.SET_MANUAL_HOLD);
        String why = requireReason(note, (on ? "putting " : "taking ") + customer.customerName()
                + (on ? " on" : " off") + " manual hold");
        CustomerCreditProfile updated = new CustomerCreditProfile(customer.customerId(), customer.customerName(),
                customer.riskClass(), customer.creditLimit(), customer.customerSince(), on, on ? why : null,
                customer.creditReviewDate());
        AuditEvent audit = AuditEvent.of(user.userName(), on ? AuditActions.MANUAL_HOLD_ON : AuditActions.MANUAL_HOLD_OFF,
                        AuditActions.CUSTOMER, Long.toString(customer.customerId()))
                .withChange(holdValues(customer), holdValues(updated))
                .withReason(why);
        return new ProfileChange(updated, audit);
    }

    /**
     * The next review when the credit manager does not pick one: twelve months after the review. The
     * house has no review interval per risk class (the policy's classes differ in grace days only); see
     * src/site/markdown/decisions/0013-credit-review.md.
     */
    public static LocalDate nextReviewByDefault(LocalDate reviewedOn) {
        return reviewedOn.plusMonths(12);
    }

    /**
     * Records a credit review of the customer done today, with the date of the next one (after today)
     * and an optional note: the credit manager's permission (the one a limit change needs).
     */
    public ProfileChange recordReview(SignedInUser user, CustomerCreditProfile customer, LocalDate nextReview, String note) {
        authorizer.require(user, Permission.CHANGE_CREDIT_LIMIT);
        LocalDate today = LocalDate.now(clock);
        if (nextReview == null) {
            throw new IllegalArgumentException("Give the date of the next credit review of " + customer.customerName()
                    + ": a day after today (" + CreditText.date(today) + ").");
        }
        if (!nextReview.isAfter(today)) {
            throw new IllegalArgumentException("The next credit review of " + customer.customerName() + " must be after today ("
                    + CreditText.date(today) + "); " + CreditText.date(nextReview) + (nextReview.equals(today) ? " is today."
                    : " has passed."));
        }
        CustomerCreditProfile updated = new CustomerCreditProfile(customer.customerId(), customer.customerName(),
                customer.riskClass(), customer.creditLimit(), customer.customerSince(), customer.manualHold(),
                customer.manualHoldNote(), nextReview);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("creditReviewDate", customer.creditReviewDate());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reviewedOn", today);
        after.put("creditReviewDate", nextReview);
        AuditEvent audit = AuditEvent.of(user.userName(), AuditActions.CREDIT_REVIEW, AuditActions.CUSTOMER,
                        Long.toString(customer.customerId()))
                .withChange(AuditValues.json(before), AuditValues.json(after))
                .withReason(note == null || note.isBlank() ? null : note.strip());
        return new ProfileChange(updated, audit);
    }

    /** The audit event for the automatic check run when {@code savedBy} saved or amended an order. */
    public static AuditEvent auditOfCheck(String savedBy, String orderNumber, CreditDecision d) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", d.outcome());
        after.put("basis", d.basis());
        after.put("reasons", d.reasons().stream().map(r -> r.code().name()).collect(Collectors.joining(",")));
        after.put("exposure", d.exposure().total());
        after.put("riskClass", d.riskClass());
        String sentences = d.reasons().stream().map(CreditHoldReason::message).collect(Collectors.joining(" "));
        return AuditEvent.of(savedBy, d.isHold() ? AuditActions.CREDIT_CHECK_HOLD : AuditActions.CREDIT_CHECK_PASS,
                        AuditActions.ORDER, orderNumber)
                .withChange(null, AuditValues.json(after))
                .withReason(sentences.isEmpty() ? null : sentences);
    }

    private static String requireReason(String reason, String forWhat) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Type a reason for " + forWhat + ".");
        }
        return reason.strip();
    }

    private static String heldValues(HeldOrder order) {
        return AuditValues.json(Map.of("status", "CREDIT_HOLD", "value", order.value(), "reasons",
                order.reasons().stream().map(r -> r.code().name()).collect(Collectors.joining(","))));
    }

    private static String limitValues(CustomerCreditProfile c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creditLimit", c.creditLimit());
        m.put("riskClass", c.riskClass());
        return AuditValues.json(m);
    }

    private static String holdValues(CustomerCreditProfile c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manualHold", c.manualHold());
        m.put("manualHoldNote", c.manualHoldNote());
        return AuditValues.json(m);
    }
}
