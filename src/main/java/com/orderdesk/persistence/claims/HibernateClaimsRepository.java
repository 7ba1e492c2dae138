package com.orderdesk.persistence.claims;

import com.orderdesk.application.claims.ClaimsRepository;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.logic.claims.ShortPayCandidate;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimNote;
import com.orderdesk.model.claims.ClaimSettlement;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.claims.WriteOffLimit;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceLine;
import com.orderdesk.persistence.StoredWholeNumbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@link ClaimsRepository} on claim_case, claim_note, claim_settlement and write_off_limit, in the open unit of work. */
public final class HibernateClaimsRepository extends ClaimsDocumentsAdapter implements ClaimsRepository {
    private static final List<ClaimStatus> OPEN = List.of(ClaimStatus.OPEN, ClaimStatus.RESEARCHING, ClaimStatus.WAITING_ON_CUSTOMER);
    private static final String SHORT_PAID = "SELECT i.id, i.invoice_no, i.open_cents, p.received_date, p.payment_no"
            + " FROM invoice i JOIN cash_application a ON a.invoice_id = i.id JOIN cash_payment p ON p.id = a.payment_id"
            + " WHERE i.status = 'PARTLY_PAID' AND i.open_cents > 0 AND " + StoredWholeNumbers.isWhole("i.open_cents")
            + " AND a.applied_cents > 0 AND a.reversal_of_id IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM cash_application r WHERE r.reversal_of_id = a.id)"
            + " AND NOT EXISTS (SELECT 1 FROM claim_case c WHERE c.invoice_id = i.id)"
            + " ORDER BY i.id, p.received_date DESC, p.id DESC";

    @Override
    public Optional<Invoice> invoice(long id) {
        return Optional.ofNullable(s().find(Invoice.class, id));
    }

    @Override
    public void add(ClaimCase claim) {
        s().persist(claim);
    }

    @Override
    public void add(ClaimNote note) {
        s().persist(note);
    }

    @Override
    public void add(ClaimSettlement settlement) {
        s().persist(settlement);
    }

    @Override
    public Optional<ClaimCase> claim(long id) {
        return Optional.ofNullable(s().createSelectionQuery("from ClaimCase c join fetch c.invoice join fetch c.customer"
                + " where c.id = :id", ClaimCase.class).setParameter("id", id).getSingleResultOrNull());
    }

    @Override
    public Optional<ClaimCase> claimByNumber(String number) {
        return Optional.ofNullable(s().createSelectionQuery("from ClaimCase c where c.number = :n", ClaimCase.class)
                .setParameter("n", number).getSingleResultOrNull());
    }

    @Override
    public Optional<ClaimCase> claimOfApplication(long cashApplicationId) {
        return Optional.ofNullable(s().createSelectionQuery("from ClaimCase c where c.cashApplication.id = :a", ClaimCase.class)
                .setParameter("a", cashApplicationId).getSingleResultOrNull());
    }

    @Override
    public List<ClaimSettlement> liveSettlements(long caseId, int resolutionNo) {
        return s().createSelectionQuery("from ClaimSettlement x where x.claim.id = :c and x.resolutionNo = :r"
                        + " and x.reversalOf is null and not exists (from ClaimSettlement y where y.reversalOf = x) order by x.id",
                        ClaimSettlement.class)
                .setParameter("c", caseId).setParameter("r", resolutionNo).getResultList();
    }

    @Override
    public Optional<ClaimSettlement> settlement(String documentNumber) {
        return Optional.ofNullable(s().createSelectionQuery("from ClaimSettlement x join fetch x.claim c join fetch c.invoice"
                + " join fetch c.customer left join fetch c.payment left join fetch x.reversalOf where x.documentNumber = :n",
                ClaimSettlement.class).setParameter("n", documentNumber).getSingleResultOrNull());
    }

    @Override
    public Money disputedInOpenAmount(long invoiceId) {
        List<Object[]> rows = s().createSelectionQuery("select c.amount, c.parked from ClaimCase c where c.invoice.id = :i"
                + " and c.status in :open", Object[].class).setParameter("i", invoiceId).setParameter("open", OPEN).getResultList();
        Money sum = Money.ZERO;
        for (Object[] r : rows) {
            sum = sum.plus(((Money) r[0]).minus((Money) r[1]));
        }
        return sum;
    }

    @Override
    public Listing<ClaimRow> queue() {
        return ClaimQueueQuery.run(s());
    }

    @Override
    public Optional<ClaimEvidence> evidence(long caseId) {
        return ClaimEvidenceQuery.run(s(), caseId);
    }

    @Override
    public Optional<PricingContext> pricingContext(long caseId) {
        ClaimCase c = s().find(ClaimCase.class, caseId);
        if (c == null) {
            return Optional.empty();
        }
        Invoice inv = c.invoice();
        Money taxable = Money.ZERO;
        for (InvoiceLine l : inv.lines()) {
            if (l.taxable()) {
                taxable = taxable.plus(l.net());
            }
        }
        BigDecimal rate = taxable.isPositive() && inv.tax().isPositive()
                ? inv.tax().amount().divide(taxable.amount(), MathContext.DECIMAL64) : BigDecimal.ZERO;
        LocalDate orderDate = inv.order() == null ? null : inv.order().orderDate();
        return Optional.of(new PricingContext(c.customer().id(), orderDate, rate));
    }

    @Override
    public List<ShortPayCandidate> shortPayCandidates() {
        // SQLite counts 'abc' (and 31.5) in open_cents as more than 0: such an invoice gets no case but is named
        StoredWholeNumbers.loggedLeftOut(s(), "the short-payment sweep", "invoice", "invoice", "invoice_no", "open_cents",
                "status = 'PARTLY_PAID' AND open_cents > 0 AND NOT EXISTS (SELECT 1 FROM claim_case c WHERE c.invoice_id = invoice.id)");
        List<ShortPayCandidate> out = new java.util.ArrayList<>();
        long last = -1;
        for (Object[] r : s().createNativeQuery(SHORT_PAID, Object[].class).getResultList()) {
            long id = ((Number) r[0]).longValue();
            if (id == last) {
                continue; // the newest payment of each invoice comes first
            }
            last = id;
            out.add(new ShortPayCandidate(id, (String) r[1], Money.ofCents(((Number) r[2]).longValue()),
                    LocalDate.parse((String) r[3]), (String) r[4], false));
        }
        return out;
    }

    @Override
    public Optional<com.orderdesk.model.cash.CashPayment> paymentByNumber(String number) {
        return s().createSelectionQuery("from CashPayment p where p.number = :n", com.orderdesk.model.cash.CashPayment.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Optional<WriteOffLimit> writeOffLimit(long userId) {
        return Optional.ofNullable(s().find(WriteOffLimit.class, userId));
    }

    @Override
    public void add(WriteOffLimit limit) {
        s().persist(limit);
    }

    @Override
    public List<RootCauses.CaseFact> caseFacts(LocalDate from, LocalDate to) {
        return RootCauseQuery.run(s(), from, to);
    }

    @Override
    public void flush() {
        s().flush();
    }
}
