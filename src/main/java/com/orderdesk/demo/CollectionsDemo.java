package com.orderdesk.demo;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.collections.CollectionsUseCases;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.CurrentSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collections work for the demo book (issue 15): Arthur owns most customers with money overdue,
 * a few calls are logged, one promise waits for its day and one was made ten days ago for five
 * days ago and never paid (it shows as broken the first time the worklist opens). The dunning
 * procedure's three levels come with the book (migration V17). All but the old promise go through
 * the use cases; the old one is written directly, since a promise cannot be recorded in the past.
 */
public final class CollectionsDemo {
    private static final Logger LOG = LoggerFactory.getLogger(CollectionsDemo.class);

    private CollectionsDemo() {
    }

    public static void fill(UnitOfWork uow, CollectionsUseCases collections, Clock clock, AuditKey key) {
        var ar = DemoBook.user("arthur", key);
        LocalDate today = LocalDate.now(clock);
        List<Object[]> overdue = uow.read(() -> CurrentSession.get().createNativeQuery("SELECT i.customer_id, SUM(i.open_cents)"
                + " FROM invoice i WHERE i.open_cents > 0 AND i.due_date < ?1 GROUP BY i.customer_id ORDER BY 2 DESC",
                Object[].class).setParameter(1, today.toString()).setMaxResults(60).getResultList());
        for (int i = 0; i < overdue.size(); i++) {
            long customer = ((Number) overdue.get(i)[0]).longValue();
            long cents = ((Number) overdue.get(i)[1]).longValue();
            int step = i;
            attempt("collections for customer " + customer, () -> {
                if (step % 4 != 3) {
                    collections.assignCollector(ar, customer, "arthur");
                }
                if (step == 1 || step == 4 || step == 7) {
                    collections.logContact(ar, customer, step == 4 ? CollectionContact.Channel.EMAIL : CollectionContact.Channel.CALL,
                            step == 4 ? "Sent copies of the open invoices to accounts payable."
                                    : "Spoke to accounts payable; invoices are approved and waiting for the next run.",
                            today.plusDays(3 + step));
                }
                if (step == 2) {
                    collections.recordPromise(ar, customer, Money.ofCents(cents), today.plusDays(6), "Cheque in Friday's run");
                }
                if (step == 0) {
                    Money half = Money.ofCents(Math.max(100, cents / 2));
                    uow.run("Writing the demo's old promise", () -> CurrentSession.get().createNativeMutationQuery(
                            "INSERT INTO payment_promise (customer_id, amount_cents, promised_for, status, paid_cents, recorded_at,"
                                    + " recorded_by, version) VALUES (?1, ?2, ?3, 'OPEN', 0, ?4, 'arthur', 0)")
                            .setParameter(1, customer).setParameter(2, half.cents())
                            .setParameter(3, today.minusDays(5).toString())
                            .setParameter(4, clock.instant().minusSeconds(10 * 86_400L).toEpochMilli()).executeUpdate());
                }
            });
        }
    }

    private static void attempt(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Demo collections: {} skipped: {}", what, e.getMessage());
        }
    }
}
