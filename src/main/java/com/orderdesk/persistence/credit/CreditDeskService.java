package com.orderdesk.persistence.credit;

import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.credit.Aging;
import com.orderdesk.logic.credit.CreditDecision;
import com.orderdesk.logic.credit.CreditDesk;
import com.orderdesk.logic.credit.CreditHoldActions;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.CustomerCreditProfile;
import com.orderdesk.logic.credit.Exposure;
import com.orderdesk.logic.credit.HeldOrder;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.credit.LimitChange;
import com.orderdesk.logic.credit.PaymentBehavior;
import com.orderdesk.logic.credit.PaymentRecord;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.credit.CreditHoldReasonRecord;
import com.orderdesk.model.credit.CreditReleaseRecord;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.PersistenceErrors;
import com.orderdesk.persistence.audit.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The credit-hold desk on the database: one transaction per action, the rules of
 * {@link CreditHoldActions} applied inside it (so a clerk's release is refused on every path) and
 * the audit entry appended in the same transaction.
 */
public final class CreditDeskService implements CreditDesk {
    private static final int RECENT_PAYMENTS = 12;

    private final Database db;
    private final Clock clock;
    private final CreditCheckStore checks;
    private final CreditHoldActions actions;
    private final AuditLog audit;

    public CreditDeskService(Database db, Clock clock, CreditCheckStore checks, CreditHoldActions actions, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.checks = checks;
        this.actions = actions;
        this.audit = audit;
    }

    @Override
    public List<HeldOrderRow> heldOrders() {
        return db.read(s -> s.doReturningWork(HoldQueueQuery::run));
    }

    @Override
    public HoldDetail detail(long orderId) {
        return db.read(s -> {
            SalesOrder o = heldOrder(s, orderId);
            Customer c = o.customer();
            CustomerCreditProfile profile = CreditData.profile(c, CreditData.manualHoldNote(s, c));
            var items = CreditData.openItems(s, c.id());
            Exposure exposure = Exposure.of(CreditData.input(s, o));
            List<CreditHoldReason> reasons = reasons(s, orderId);
            Set<CreditReason> codes = EnumSet.noneOf(CreditReason.class);
            reasons.forEach(r -> codes.add(r.code()));
            HeldOrderRow row = new HeldOrderRow(o.id(), o.number(), c.id(), c.number(), c.name(), c.riskClass(),
                    o.total(), o.enteredAt(), o.enteredBy(), o.lastChangedBy(), codes);
            List<PaymentRecord> payments = CreditData.recentPayments(s, c.id(), RECENT_PAYMENTS);
            return new HoldDetail(row, reasons, profile, exposure, Aging.of(items, LocalDate.now(clock)), payments,
                    PaymentBehavior.of(payments), limitHistory(s, c.id()));
        });
    }

    @Override
    public String release(SignedInUser user, long orderId, String reason) {
        return write("Releasing the order", s -> {
            SalesOrder o = heldOrder(s, orderId);
            CreditHoldActions.Release r = actions.release(user, held(s, o), reason);
            o.setStatus(OrderStatus.RELEASED);
            CreditReleaseRecord old = CreditData.releaseRecord(s, o.id());
            if (old != null) {
                s.remove(old);
                s.flush();
            }
            s.persist(new CreditReleaseRecord(o, r.release().releasedValue(), r.release().releasedOn(),
                    user.userName(), clock.instant()));
            audit.append(s, r.audit());
            checks.released(s, o, user.userName());
            return o.number();
        });
    }

    @Override
    public String reject(SignedInUser user, long orderId, String reason) {
        return write("Rejecting the order", s -> {
            SalesOrder o = heldOrder(s, orderId);
            var event = actions.reject(user, held(s, o), reason);
            o.setStatus(OrderStatus.CANCELLED);
            audit.append(s, event);
            return o.number();
        });
    }

    @Override
    public int changeCreditLimit(SignedInUser user, long customerId, Money newLimit, RiskClass riskClass, String note) {
        return write("Changing the credit limit", s -> {
            Customer c = customer(s, customerId);
            var change = actions.changeCreditLimit(user, CreditData.profile(c, null), newLimit, riskClass, note);
            c.setCreditLimit(change.updated().creditLimit());
            c.setRiskClass(change.updated().riskClass());
            audit.append(s, change.audit());
            return recheckHeldOrders(s, c, user);
        });
    }

    @Override
    public int setManualHold(SignedInUser user, long customerId, boolean on, String note) {
        return write("Changing the manual hold", s -> {
            Customer c = customer(s, customerId);
            var change = actions.setManualHold(user, CreditData.profile(c, CreditData.manualHoldNote(s, c)), on, note);
            c.setOnManualHold(on);
            audit.append(s, change.audit());
            s.flush();
            return recheckHeldOrders(s, c, user);
        });
    }

    /**
     * After a change to the customer, their held orders are checked again at once: the reasons
     * are refreshed, and those that now pass move on to fulfillment (audited as a passed check by
     * the manager who made the change).
     */
    private int recheckHeldOrders(Session s, Customer c, SignedInUser user) {
        s.flush();
        List<SalesOrder> held = s.createSelectionQuery("from SalesOrder o where o.customer.id = :c and o.status = :h "
                        + "order by o.id", SalesOrder.class)
                .setParameter("c", c.id()).setParameter("h", OrderStatus.CREDIT_HOLD).getResultList();
        int passed = 0;
        for (SalesOrder o : held) {
            CreditDecision d = checks.engine().check(CreditData.input(s, o));
            CreditCheckStore.storeOutcome(s, o, d);
            audit.append(s, CreditHoldActions.auditOfCheck(user.userName(), o.number(), d));
            s.flush();
            if (!d.isHold()) {
                passed++;
                checks.released(s, o, user.userName());
            }
        }
        return passed;
    }

    private <T> T write(String action, Function<Session, T> work) {
        try {
            return db.write(work);
        } catch (com.orderdesk.logic.security.NotAuthorizedException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(action, e);
        }
    }

    private static SalesOrder heldOrder(Session s, long orderId) {
        SalesOrder o = s.find(SalesOrder.class, orderId);
        if (o == null) {
            throw new StoreException("The order no longer exists; it may have been removed by another desk.");
        }
        if (o.status() != OrderStatus.CREDIT_HOLD) {
            throw new StoreException("Order " + o.number() + " is no longer on credit hold (it is "
                    + o.status().label() + "); another desk may have acted on it.");
        }
        return o;
    }

    private static Customer customer(Session s, long customerId) {
        Customer c = s.find(Customer.class, customerId);
        if (c == null) {
            throw new StoreException("The customer no longer exists.");
        }
        return c;
    }

    private static HeldOrder held(Session s, SalesOrder o) {
        return new HeldOrder(o.id(), o.number(), o.total(), o.enteredBy(), o.lastChangedBy(), reasons(s, o.id()));
    }

    private static List<CreditHoldReason> reasons(Session s, long orderId) {
        return s.createSelectionQuery("from CreditHoldReasonRecord r where r.order.id = :o order by r.position",
                        CreditHoldReasonRecord.class)
                .setParameter("o", orderId).getResultList().stream()
                .flatMap(r -> {
                    try {
                        return java.util.stream.Stream.of(new CreditHoldReason(CreditReason.valueOf(r.code()), r.message()));
                    } catch (IllegalArgumentException unknownCode) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .toList();
    }

    private static List<LimitChange> limitHistory(Session s, long customerId) {
        return s.createSelectionQuery("from AuditRecord a where a.documentType = :t and a.documentId = :d "
                        + "and a.action = :a order by a.sequence desc", AuditRecord.class)
                .setParameter("t", AuditActions.CUSTOMER).setParameter("d", Long.toString(customerId))
                .setParameter("a", AuditActions.CREDIT_LIMIT_CHANGE).getResultList().stream()
                .map(a -> new LimitChange(a.at(), a.username(), limitText(a.before()), limitText(a.after()), a.reason()))
                .toList();
    }

    private static String limitText(String json) {
        Map<String, String> v = AuditValues.parse(json);
        String limit = v.get("creditLimit");
        String risk = v.get("riskClass");
        return (limit == null ? "no limit" : limit) + (risk == null ? "" : " (" + risk + ")");
    }
}
