package com.orderdesk.persistence.credit;

import com.orderdesk.logic.credit.CreditDecision;
import com.orderdesk.logic.credit.CreditEngine;
import com.orderdesk.logic.credit.CreditHoldActions;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.model.credit.CreditHoldReasonRecord;
import com.orderdesk.model.credit.CreditReleaseRecord;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.audit.AuditLog;
import java.util.List;
import org.hibernate.Session;

/**
 * Runs the credit check on an order inside the transaction that saves it, and stores the outcome:
 * CREDIT_HOLD with every reason, or RELEASED (on to fulfillment), plus the audit entry.
 */
public final class CreditCheckStore {
    private final CreditEngine engine;
    private final AuditLog audit;
    private final ReleaseHook onRelease;

    public CreditCheckStore(CreditEngine engine, AuditLog audit) {
        this(engine, audit, ReleaseHook.NONE);
    }

    public CreditCheckStore(CreditEngine engine, AuditLog audit, ReleaseHook onRelease) {
        this.engine = engine;
        this.audit = audit;
        this.onRelease = onRelease;
    }

    /** Hands a released order on (to routing), in the caller's transaction. */
    void released(Session s, SalesOrder order, String user) {
        s.flush();
        onRelease.released(s, order.id(), user);
    }

    public CreditEngine engine() {
        return engine;
    }

    /** Checks the (persisted and flushed) order as saved or amended by {@code user}. */
    public CreditDecision checkAndStore(Session s, SalesOrder order, String user) {
        CreditReleaseRecord prior = CreditData.releaseRecord(s, order.id());
        CreditDecision d = engine.checkOnSave(CreditData.input(s, order), CreditData.release(prior));
        if (d.isHold() && prior != null) {
            // the release no longer covers the order: the next release is judged afresh
            s.remove(prior);
        }
        storeOutcome(s, order, d);
        audit.append(s, CreditHoldActions.auditOfCheck(user, order.number(), d));
        if (!d.isHold()) {
            released(s, order, user);
        }
        return d;
    }

    static void storeOutcome(Session s, SalesOrder order, CreditDecision d) {
        replaceReasons(s, order, d.reasons());
        order.setStatus(d.isHold() ? OrderStatus.CREDIT_HOLD : OrderStatus.RELEASED);
    }

    static void replaceReasons(Session s, SalesOrder order, List<CreditHoldReason> reasons) {
        s.createMutationQuery("delete from CreditHoldReasonRecord r where r.order.id = :o")
                .setParameter("o", order.id()).executeUpdate();
        int position = 1;
        for (CreditHoldReason r : reasons) {
            s.persist(new CreditHoldReasonRecord(order, position++, r.code().name(), r.message()));
        }
    }
}
