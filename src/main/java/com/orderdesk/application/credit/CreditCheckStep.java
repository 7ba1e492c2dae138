package com.orderdesk.application.credit;

import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.fulfillment.OrderFulfillment;
import com.orderdesk.logic.credit.CreditDecision;
import com.orderdesk.logic.credit.CreditEngine;
import com.orderdesk.logic.credit.CreditHoldActions;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.credit.CreditReleaseRecord;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import java.util.Optional;

/**
 * The credit check as a step of saving an order, inside the save's unit of work: CREDIT_HOLD with
 * every reason, or RELEASED and handed to fulfillment, which routes it and reserves its stock in
 * the same transaction; the decision is audited under the user who saved.
 */
@com.orderdesk.application.StepOfTheCallersUnit("order entry and the credit desk check their own permission")
public final class CreditCheckStep {
    private final CreditRepository credit;
    private final CreditEngine engine;
    private final AuditRecorder audit;
    private final OrderFulfillment fulfillment;

    public CreditCheckStep(CreditRepository credit, CreditEngine engine, AuditRecorder audit, OrderFulfillment fulfillment) {
        this.credit = credit;
        this.engine = engine;
        this.audit = audit;
        this.fulfillment = fulfillment;
    }

    public CreditEngine engine() {
        return engine;
    }

    /**
     * Checks the (stored and flushed) order as saved or amended by {@code user}. An order created
     * in this unit of work ({@code created}) cannot have been released yet, so its release is not
     * looked up (a query, with the flush it implies, on every order entered).
     */
    public CreditDecision checkAndStore(SignedInUser user, SalesOrder order, boolean created) {
        Optional<CreditReleaseRecord> prior = created ? Optional.empty() : credit.releaseOf(order.id());
        CreditDecision d = engine.checkOnSave(credit.checkInput(order), prior.map(CreditCheckStep::release).orElse(null));
        if (d.isHold() && prior.isPresent()) {
            // the release no longer covers the order: the next release is judged afresh
            credit.removeRelease(prior.get());
        }
        storeOutcome(order, d, created);
        audit.record(user, CreditHoldActions.auditOfCheck(user.userName(), order.number(), d));
        if (!d.isHold()) {
            released(user, order);
        }
        return d;
    }

    /** {@code created}: the order is new in this unit, so it has no reasons stored to replace. */
    void storeOutcome(SalesOrder order, CreditDecision d, boolean created) {
        if (created) {
            credit.addReasons(order, d.reasons());
        } else {
            credit.replaceReasons(order, d.reasons());
        }
        order.setStatus(d.isHold() ? OrderStatus.CREDIT_HOLD : OrderStatus.RELEASED);
    }

    /**
     * Hands a released order to fulfillment, in the caller's transaction. No flush here: the
     * routing book is read as this transaction will change it (the repository flushes before it
     * reads), and a second flush only dirty-checked the whole unit again.
     */
    void released(SignedInUser user, SalesOrder order) {
        fulfillment.routeAfterRelease(user, order.id());
    }

    static com.orderdesk.logic.credit.CreditRelease release(CreditReleaseRecord r) {
        return new com.orderdesk.logic.credit.CreditRelease(r.order().id(), r.releasedValue(), r.releasedOn(), r.releasedBy());
    }
}
