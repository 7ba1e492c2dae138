package com.orderdesk.demo;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.persistence.CurrentSession;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How old the demo's disputes are. The use cases date a case the day it is opened, so a book
 * written in one go had every case 0 days old and the claims desk's ageing and "oldest first" showed
 * nothing. A desk's real queue holds cases opened over the past weeks, a few of them past their
 * follow-up date. So each dispute is given an age, its invoice is one issued a few days before that
 * (the customer calls once the invoice has arrived), and once the case is made it is moved back to
 * its day: opened, due (the same follow-up time after), its first note; the notes of work on a case
 * still open fall halfway between. A resolution stays today's, as do the credit memo, chargeback or
 * write-off it issued (documents are never backdated), so a resolved case reads "opened weeks ago,
 * resolved today".
 */
final class DemoClaimAges {
    /**
     * Days since each dispute was opened, by its place in {@link ClaimsDemo}'s list (whose step also
     * sets its status: 0-2 and 7-9 stay open). With the 30-day follow-up, the open cases at 34 and 41
     * days are past due; the others spread from a day to a few weeks.
     */
    private static final int[] AGE_DAYS = {3, 9, 16, 6, 12, 20, 26, 34, 41, 1, 24, 18, 45, 11};
    private static final long DAY_MS = 86_400_000L;

    private final LocalDate today;
    /** Open invoices of orders, newest issued first: [number, issue date]. */
    private final List<Object[]> candidates;

    private DemoClaimAges(LocalDate today, List<Object[]> candidates) {
        this.today = today;
        this.candidates = new ArrayList<>(candidates);
    }

    static int disputes() {
        return AGE_DAYS.length;
    }

    static DemoClaimAges of(UnitOfWork uow, LocalDate today) {
        return new DemoClaimAges(today, uow.read(() -> CurrentSession.get().createNativeQuery("SELECT invoice_no, issue_date"
                + " FROM invoice WHERE status IN ('OPEN', 'PARTLY_PAID') AND order_id IS NOT NULL"
                + " ORDER BY issue_date DESC, id DESC", Object[].class).getResultList()));
    }

    /** The invoice for dispute {@code step}: the newest open one issued 2 to 5 days before the case's day, each used once. */
    Optional<String> invoiceFor(int step) {
        LocalDate latest = openedOn(step).minusDays(2 + step % 4);
        for (int i = 0; i < candidates.size(); i++) {
            if (!LocalDate.parse(candidates.get(i)[1].toString()).isAfter(latest)) {
                return Optional.of(candidates.remove(i)[0].toString());
            }
        }
        return Optional.empty();
    }

    LocalDate openedOn(int step) {
        return today.minusDays(AGE_DAYS[step]);
    }

    /** Moves case {@code number}, made today by the use cases, back to dispute {@code step}'s day. */
    void backdate(UnitOfWork uow, String number, int step) {
        LocalDate opened = openedOn(step);
        uow.run("Dating the demo's case " + number, () -> {
            var s = CurrentSession.get();
            Object[] c = s.createNativeQuery("SELECT id, opened_on, due_on, status FROM claim_case WHERE case_no = ?1",
                    Object[].class).setParameter(1, number).getSingleResult();
            long id = ((Number) c[0]).longValue();
            long days = ChronoUnit.DAYS.between(opened, LocalDate.parse(c[1].toString()));
            long followUp = ChronoUnit.DAYS.between(LocalDate.parse(c[1].toString()), LocalDate.parse(c[2].toString()));
            s.createNativeMutationQuery("UPDATE claim_case SET opened_on = ?1, due_on = ?2, opened_at = opened_at - ?3"
                    + " WHERE id = ?4").setParameter(1, opened.toString()).setParameter(2, opened.plusDays(followUp).toString())
                    .setParameter(3, days * DAY_MS).setParameter(4, id).executeUpdate();
            List<Object> notes = s.createNativeQuery("SELECT id FROM claim_note WHERE case_id = ?1 ORDER BY at, id",
                    Object.class).setParameter(1, id).getResultList();
            boolean stillOpen = ClaimStatus.valueOf(c[3].toString()).isOpen();
            for (int i = 0; i < notes.size(); i++) {
                long back = i == 0 ? days : stillOpen ? days / 2 : 0;
                if (back > 0) {
                    s.createNativeMutationQuery("UPDATE claim_note SET at = at - ?1 WHERE id = ?2")
                            .setParameter(1, back * DAY_MS).setParameter(2, ((Number) notes.get(i)).longValue()).executeUpdate();
                }
            }
        });
    }
}
