package com.orderdesk.persistence.collections;

import com.orderdesk.application.collections.StatementRepository;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.invoicing.HibernateInvoiceRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link StatementRepository} over the caller's session. The candidates come from one query over
 * the book; each statement is the one the invoices screen prints for a single customer, so the batch
 * and the single statement never disagree.
 */
public final class HibernateStatementRepository implements StatementRepository {
    private static final String CANDIDATES = "SELECT cu.customer_no FROM customer cu WHERE"
            + " EXISTS (SELECT 1 FROM invoice i WHERE i.customer_id = cu.id AND i.issue_date <= :d AND (i.open_cents > 0"
            // paid since the day: open on it (the statement decides how much)
            + " OR i.paid_on > :d OR EXISTS (SELECT 1 FROM cash_application a WHERE a.invoice_id = i.id AND a.posted_at >= :after)"
            + " OR EXISTS (SELECT 1 FROM credit_memo m WHERE m.invoice_id = i.id AND m.issue_date > :d)"
            + " OR EXISTS (SELECT 1 FROM claim_case k JOIN claim_settlement x ON x.case_id = k.id WHERE k.invoice_id = i.id"
            + " AND x.issued_on > :d)))"
            + " OR EXISTS (SELECT 1 FROM credit_memo m WHERE m.customer_id = cu.id AND m.open_cents > 0 AND m.issue_date <= :d)"
            + " OR EXISTS (SELECT 1 FROM claim_case c WHERE c.customer_id = cu.id AND c.parked_cents > 0 AND c.opened_on <= :d"
            + " AND c.status IN ('OPEN', 'RESEARCHING', 'WAITING_ON_CUSTOMER'))"
            + " ORDER BY cu.customer_no";

    private final HibernateInvoiceRepository invoices;
    private final java.time.ZoneId zone;

    public HibernateStatementRepository() {
        this(java.time.ZoneId.systemDefault());
    }

    /** @param zone the zone in which a cash posting falls on a day (open amounts on the statement's day) */
    public HibernateStatementRepository(java.time.ZoneId zone) {
        this.invoices = new HibernateInvoiceRepository(zone);
        this.zone = zone;
    }

    @Override
    public List<String> withOpenItems(LocalDate asOf) {
        return CurrentSession.get().createNativeQuery(CANDIDATES, String.class).setParameter("d", asOf.toString())
                .setParameter("after", asOf.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()).getResultList();
    }

    private static final String MOVED = "SELECT cu.customer_no FROM customer cu WHERE"
            + " EXISTS (SELECT 1 FROM invoice i WHERE i.customer_id = cu.id AND i.issue_date BETWEEN :from AND :to)"
            + " OR EXISTS (SELECT 1 FROM cash_application a JOIN invoice i ON i.id = a.invoice_id WHERE i.customer_id = cu.id"
            + " AND a.posted_at >= :fromMs AND a.posted_at < :afterMs)"
            + " OR EXISTS (SELECT 1 FROM credit_memo m WHERE m.customer_id = cu.id AND m.issue_date BETWEEN :from AND :to)"
            + " OR EXISTS (SELECT 1 FROM claim_case k JOIN claim_settlement x ON x.case_id = k.id WHERE k.customer_id = cu.id"
            + " AND x.issued_on BETWEEN :from AND :to)"
            + " OR EXISTS (SELECT 1 FROM claim_case k WHERE k.customer_id = cu.id AND k.parked_cents > 0"
            + " AND k.opened_on BETWEEN :from AND :to)";

    @Override
    public List<String> withActivity(LocalDate from, LocalDate to) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>(withOpenItems(to));
        out.addAll(withOpenItems(from.minusDays(1)));
        out.addAll(CurrentSession.get().createNativeQuery(MOVED, String.class).setParameter("from", from.toString())
                .setParameter("to", to.toString()).setParameter("fromMs", from.atStartOfDay(zone).toInstant().toEpochMilli())
                .setParameter("afterMs", to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()).getResultList());
        return List.copyOf(out);
    }

    @Override
    public com.orderdesk.logic.invoicing.print.ActivityStatement activity(String customerNo, LocalDate from, LocalDate to,
                                                                          LocalDate today) {
        return invoices.activity(customerNo, from, to, today);
    }

    @Override
    public StatementDocument statement(String customerNo, LocalDate asOf, LocalDate today) {
        return invoices.statement(customerNo, asOf, today);
    }
}
