package com.orderdesk.application.credit;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.kpi.OrderTouches;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.credit.Aging;
import com.orderdesk.logic.credit.CreditDecision;
import com.orderdesk.logic.credit.CreditHoldActions;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.logic.credit.Exposure;
import com.orderdesk.logic.credit.HeldOrder;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.credit.PaymentBehavior;
import com.orderdesk.logic.credit.PaymentRecord;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.credit.CreditReleaseRecord;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The credit-hold desk: one unit of work per action, the rules of {@link CreditHoldActions}
 * applied inside it (so a clerk's release is refused on every path), the audit entry appended in
 * the same transaction, and a released order routed by fulfillment before it commits.
 */
public final class CreditUseCases {
    private static final int RECENT_PAYMENTS = 12;
    private static final Set<OrderStatus> BEFORE_FULFILLMENT = EnumSet.of(OrderStatus.ENTERED, OrderStatus.CREDIT_HOLD,
            OrderStatus.RELEASED);

    private final UnitOfWork uow;
    private final AccessControl access;
    private final CreditRepository credit;
    private final CreditCheckStep checks;
    private final CreditHoldActions actions;
    private final AuditRecorder audit;
    private final Clock clock;
    private final OrderTouches touches;

    public CreditUseCases(UnitOfWork uow, AccessControl access, CreditRepository credit, CreditCheckStep checks,
                          AuditRecorder audit, Clock clock, OrderTouches touches) {
        this.touches = touches;
        this.uow = uow;
        this.access = access;
        this.credit = credit;
        this.checks = checks;
        this.actions = new CreditHoldActions(access.authorizer(), clock);
        this.audit = audit;
        this.clock = clock;
    }

    public Listing<HeldOrderRow> heldOrders(SignedInUser user) {
        access.require(user, Permission.VIEW_CREDIT_HOLDS);
        return uow.read(credit::heldOrders);
    }

    public HoldDetail detail(SignedInUser user, long orderId) {
        access.require(user, Permission.VIEW_CREDIT_HOLDS);
        return uow.read(() -> {
            SalesOrder o = heldOrder(orderId);
            Customer c = o.customer();
            CustomerCreditProfile profile = CreditProfiles.profile(c, credit.manualHoldNote(c));
            Exposure exposure = Exposure.of(credit.checkInput(o));
            List<CreditHoldReason> reasons = credit.reasons(orderId);
            Set<CreditReason> codes = EnumSet.noneOf(CreditReason.class);
            reasons.forEach(r -> codes.add(r.code()));
            HeldOrderRow row = new HeldOrderRow(o.id(), o.number(), c.id(), c.number(), c.name(), c.riskClass(),
                    o.total(), o.enteredAt(), o.enteredBy(), o.lastChangedBy(), codes);
            List<PaymentRecord> payments = credit.recentPayments(c.id(), RECENT_PAYMENTS);
            return new HoldDetail(row, reasons, profile, exposure, Aging.of(credit.openItems(c.id()), LocalDate.now(clock)),
                    payments, PaymentBehavior.of(payments), credit.limitHistory(c.id()), credit.prediction(c.id()));
        });
    }

    public String release(SignedInUser user, long orderId, String reason) {
        access.require(user, Permission.RELEASE_CREDIT_HOLD);
        return uow.write("Releasing the order", () -> {
            SalesOrder o = heldOrder(orderId);
            CreditHoldActions.Release r = actions.release(user, held(o), reason);
            o.setStatus(OrderStatus.RELEASED);
            credit.releaseOf(o.id()).ifPresent(old -> {
                credit.removeRelease(old);
                credit.flush();
            });
            credit.addRelease(new CreditReleaseRecord(o, r.release().releasedValue(), r.release().releasedOn(),
                    user.userName(), clock.instant()));
            audit.record(user, r.audit());
            touches.touched(user, o.id(), r.audit().action());
            checks.released(user, o);
            return o.number();
        });
    }

    public String reject(SignedInUser user, long orderId, String reason) {
        access.require(user, Permission.REJECT_HELD_ORDER);
        return uow.write("Rejecting the order", () -> {
            SalesOrder o = heldOrder(orderId);
            var event = actions.reject(user, held(o), reason);
            o.setStatus(OrderStatus.CANCELLED);
            audit.record(user, event);
            touches.touched(user, o.id(), event.action());
            return o.number();
        });
    }

    /**
     * The credit check of an order's save, run over orders already in the book whose check was never
     * recorded (the demo history's, written as rows), as {@code user}: the clerk who entered them. Each
     * order before fulfillment gets the save's decision, its reasons and status, and the save's audit
     * entry (a hold: "put on credit hold", a step in its timeline); one that passes is marked released
     * and not routed here (the caller decides whether it waits as a backlog). Orders entered by someone
     * else, past fulfillment, or with any audited history (checked already) are refused. One unit of
     * work; returns how many are held.
     */
    public int checkAsEntered(SignedInUser user, List<Long> orderIds) {
        access.require(user, Permission.ENTER_ORDER);
        return uow.write("Checking the orders' credit", () -> {
            int held = 0;
            for (long id : orderIds) {
                SalesOrder o = credit.order(id).orElseThrow(() -> new StoreException("Order " + id + " no longer exists."));
                if (!user.userName().equals(o.enteredBy()) || !BEFORE_FULFILLMENT.contains(o.status())) {
                    throw new IllegalArgumentException("Order " + o.number() + " (" + o.status().label() + ", entered by "
                            + o.enteredBy() + ") is not one " + user.userName() + " entered and still awaiting credit.");
                }
                // Once checked, an order's credit is the credit desk's: checking it again could release an order a
                // credit manager kept on hold, on the word of the clerk who entered it.
                if (credit.hasAuditedHistory(o.number())) {
                    throw new IllegalArgumentException("Order " + o.number() + " has had its credit checked already"
                            + " (see its history); a credit manager decides it now.");
                }
                CreditDecision d = checks.engine().check(credit.checkInput(o));
                checks.storeOutcome(o, d, false);
                audit.record(user, CreditHoldActions.auditOfCheck(user.userName(), o.number(), d));
                held += d.isHold() ? 1 : 0;
            }
            return held;
        });
    }

    /** Keeps a held order on hold with a reason: it stays in the queue; the decision is audited and touches the order. */
    public String keepOnHold(SignedInUser user, long orderId, String reason) {
        access.require(user, Permission.RELEASE_CREDIT_HOLD);
        return uow.write("Keeping the order on hold", () -> {
            SalesOrder o = heldOrder(orderId);
            var event = actions.keep(user, held(o), reason);
            audit.record(user, event);
            touches.touched(user, o.id(), event.action());
            return o.number();
        });
    }

    /**
     * What a limit change did: whether the limit or risk class changed at all (a "change" to the
     * same values stores and audits nothing) and how many held orders now pass and were released.
     */
    public record LimitChange(boolean changed, int released) {
        static final LimitChange NONE = new LimitChange(false, 0);
    }

    public LimitChange changeCreditLimit(SignedInUser user, long customerId, Money newLimit, RiskClass riskClass, String note) {
        access.require(user, Permission.CHANGE_CREDIT_LIMIT);
        return uow.write("Changing the credit limit", () -> {
            Customer c = customer(customerId);
            CustomerCreditProfile before = CreditProfiles.profile(c, null);
            if (CreditHoldActions.leavesUnchanged(before, newLimit, riskClass)) {
                return LimitChange.NONE;
            }
            var change = actions.changeCreditLimit(user, before, newLimit, riskClass, note);
            c.setCreditLimit(change.updated().creditLimit());
            c.setRiskClass(change.updated().riskClass());
            audit.record(user, underCustomerNumber(change.audit(), c));
            return new LimitChange(true, recheckHeldOrders(c, user));
        });
    }

    /** What recording a review did: the customer, the next review date and how many held orders were released. */
    public record ReviewRecorded(String customerName, LocalDate nextReview, int released) {
    }

    /** The next review date the desk offers who may record a review: {@link CreditHoldActions#nextReviewByDefault} of today. */
    public LocalDate defaultNextReview(SignedInUser user) {
        access.require(user, Permission.CHANGE_CREDIT_LIMIT);
        return CreditHoldActions.nextReviewByDefault(LocalDate.now(clock));
    }

    /**
     * Records a credit review of the customer done today, with the next review date (after today) and an
     * optional note; audited under the customer's number. {@code reviewDateSeen} is the review date the
     * manager had in front of them: when another desk has recorded a review since (the date moved), nothing
     * is stored and the conflict is said. Then every held order of the customer whose reasons include an
     * overdue review is checked again at once: one that nothing else holds is released to fulfillment;
     * one still held for another reason stays held, without the review among its reasons. Holds for other
     * reasons only are not touched.
     */
    public ReviewRecorded recordReview(SignedInUser user, long customerId, LocalDate reviewDateSeen, LocalDate nextReview,
                                       String note) {
        access.require(user, Permission.CHANGE_CREDIT_LIMIT);
        return uow.write("Recording the credit review", () -> {
            Customer c = customer(customerId);
            if (!java.util.Objects.equals(c.creditReviewDate().orElse(null), reviewDateSeen)) {
                throw new ConcurrentEditException("The credit review of " + c.name() + " (" + c.number() + ") was changed at"
                        + " another desk after you opened it: the next review is now " + c.creditReviewDate()
                        .map(com.orderdesk.logic.common.ReadableDates::format).orElse("not scheduled")
                        + ". Your review was not recorded; select the order again to see it.");
            }
            var change = actions.recordReview(user, CreditProfiles.profile(c, null), nextReview, note);
            c.setCreditReviewDate(change.updated().creditReviewDate());
            audit.record(user, underCustomerNumber(change.audit(), c));
            int released = recheckHeldOrders(c, user,
                    o -> credit.reasons(o.id()).stream().anyMatch(r -> r.code() == CreditReason.CREDIT_REVIEW_OVERDUE));
            return new ReviewRecorded(c.name(), nextReview, released);
        });
    }

    public int setManualHold(SignedInUser user, long customerId, boolean on, String note) {
        access.require(user, Permission.SET_MANUAL_HOLD);
        return uow.write("Changing the manual hold", () -> {
            Customer c = customer(customerId);
            var change = actions.setManualHold(user, CreditProfiles.profile(c, credit.manualHoldNote(c)), on, note);
            c.setOnManualHold(on);
            audit.record(user, underCustomerNumber(change.audit(), c));
            credit.flush();
            return recheckHeldOrders(c, user);
        });
    }

    /**
     * The trail names a customer by its number, as every other desk's entries do: keyed by the
     * row id it read "Customer 25 given a new credit limit" and a search for C-10024 found nothing.
     */
    private static com.orderdesk.logic.audit.AuditEvent underCustomerNumber(com.orderdesk.logic.audit.AuditEvent e, Customer c) {
        return new com.orderdesk.logic.audit.AuditEvent(e.user(), e.action(), e.documentType(), c.number(), e.before(), e.after(),
                e.reason());
    }

    /**
     * After a change to the customer, their held orders are checked again at once: the reasons
     * are refreshed, and those that now pass move on to fulfillment (audited as a passed check by
     * the manager who made the change).
     */
    private int recheckHeldOrders(Customer c, SignedInUser user) {
        return recheckHeldOrders(c, user, o -> true);
    }

    /** {@link #recheckHeldOrders(Customer, SignedInUser)} of the held orders {@code which} lets through. */
    private int recheckHeldOrders(Customer c, SignedInUser user, java.util.function.Predicate<SalesOrder> which) {
        credit.flush();
        int passed = 0;
        for (SalesOrder o : credit.heldOrdersOf(c.id())) {
            if (!which.test(o)) {
                continue;
            }
            CreditDecision d = checks.engine().check(credit.checkInput(o));
            checks.storeOutcome(o, d, false);
            audit.record(user, CreditHoldActions.auditOfCheck(user.userName(), o.number(), d));
            credit.flush();
            if (!d.isHold()) {
                passed++;
                checks.released(user, o);
            }
        }
        return passed;
    }

    private SalesOrder heldOrder(long orderId) {
        SalesOrder o = credit.order(orderId).orElseThrow(
                () -> new ConcurrentEditException("The order no longer exists; it may have been removed by another desk."));
        if (o.status() != OrderStatus.CREDIT_HOLD) {
            throw new ConcurrentEditException("Order " + o.number() + " is no longer on credit hold (it is "
                    + o.status().label() + "); another desk may have acted on it.");
        }
        return o;
    }

    private Customer customer(long customerId) {
        return credit.customer(customerId).orElseThrow(() -> new StoreException("The customer no longer exists."));
    }

    private HeldOrder held(SalesOrder o) {
        return new HeldOrder(o.id(), o.number(), o.total(), o.enteredBy(), o.lastChangedBy(), credit.reasons(o.id()));
    }
}
