package com.orderdesk.demo;

import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.credit.CreditHoldActions;
import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The credit manager's decisions behind the demo book's risky customers, as the credit desk's use cases
 * ({@code CreditUseCases#setManualHold}, {@code #changeCreditLimit}) would have audited them on the day they
 * were made: the same event from {@link CreditHoldActions} (who, before/after, why), under the customer's
 * number as the use case files it. The bulk pass changes the rows with plain SQL; these events go into the
 * trail in the same transaction ({@link DemoHoldAudit}). Without them the audit viewer and a customer's
 * history showed holds and lowered limits nobody had decided. The seed's credit review dates (and the overdue
 * ones this pass sets) are the customers' master data and have no entry; the reviews Carmen records later are
 * written through {@code CreditUseCases#recordReview} ({@link DemoCreditHolds}).
 */
final class DemoCreditDecisions {
    /** The manual hold's note, as Carmen typed it; the credit check quotes it on each held order. */
    static final String HOLD_NOTE = "Deliveries in dispute: hold until the dispute is settled.";
    static final String OVER_LIMIT_NOTE = "Payments slowing down: limit set at half of what is open until they catch up.";
    static final String NO_LIMIT_NOTE = "No credit limit until new trade references and financial statements are in.";
    static final String NEW_CUSTOMER_NOTE = "New account: high risk until it has a payment record with us.";

    /** An audit event and when it was decided. */
    record Dated(Instant at, AuditEvent event) {
    }

    private final SignedInUser manager;
    private final CreditHoldActions actions;
    private final List<Dated> decided = new ArrayList<>();

    DemoCreditDecisions(SignedInUser manager, LocalDate today) {
        this.manager = manager;
        this.actions = new CreditHoldActions(new Authorizer(),
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** The customer put on manual hold (with {@link #HOLD_NOTE}) on {@code on}. */
    void manualHold(String customerNumber, CustomerCreditProfile before, LocalDate on) {
        var change = actions.setManualHold(manager, before, true, HOLD_NOTE);
        decided.add(new Dated(at(before.customerId(), on), underNumber(change.audit(), customerNumber)));
    }

    /** A new limit ({@code null}: none) and risk class on {@code on}; nothing when they are the customer's already. */
    void limit(String customerNumber, CustomerCreditProfile before, Money limit, RiskClass risk, String note, LocalDate on) {
        if (CreditHoldActions.leavesUnchanged(before, limit, risk)) {
            return;
        }
        var change = actions.changeCreditLimit(manager, before, limit, risk, note);
        decided.add(new Dated(at(before.customerId(), on), underNumber(change.audit(), customerNumber)));
    }

    /** The decisions oldest first, as the trail would have them. */
    List<Dated> inOrder() {
        List<Dated> out = new ArrayList<>(decided);
        out.sort(Comparator.comparing(Dated::at));
        return out;
    }

    /** A working hour of the day (9:00 to 16:00 UTC), fixed per customer so the same book has the same trail. */
    private static Instant at(long customerId, LocalDate on) {
        return on.atTime(9, 0).plusMinutes(Math.floorMod(customerId * 37, 420)).toInstant(ZoneOffset.UTC);
    }

    /** The use case files a customer's entry under its number (CreditUseCases#underCustomerNumber). */
    private static AuditEvent underNumber(AuditEvent e, String customerNumber) {
        return new AuditEvent(e.user(), e.action(), e.documentType(), customerNumber, e.before(), e.after(), e.reason());
    }
}
