package com.orderdesk.application.claims;

import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.logic.claims.ShortPayCandidate;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimNote;
import com.orderdesk.model.claims.ClaimSettlement;
import com.orderdesk.model.claims.WriteOffLimit;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Cases, their notes and settlement documents, and the queries of the desk, in the open unit of work (a port). */
public interface ClaimsRepository extends ClaimsDocuments {
    Optional<Invoice> invoice(long id);

    void add(ClaimCase claim);

    void add(ClaimNote note);

    void add(ClaimSettlement settlement);

    Optional<ClaimCase> claim(long id);

    Optional<ClaimCase> claimByNumber(String number);

    /** The case opened for a posted deduction (one cash application row). */
    Optional<ClaimCase> claimOfApplication(long cashApplicationId);

    /** The settlement rows of the case's resolution {@code resolutionNo} not yet reversed (none are counters). */
    List<ClaimSettlement> liveSettlements(long caseId, int resolutionNo);

    Optional<ClaimSettlement> settlement(String documentNumber);

    /** Of the invoice's open cases, the amount disputed inside its open amount (not parked). */
    Money disputedInOpenAmount(long invoiceId);

    /** Every case, newest first, as the queue shows it. */
    Listing<ClaimRow> queue();

    /**
     * The case with what stands behind it; the lines' contract prices and the proposal are left
     * empty (the use case adds them).
     */
    Optional<ClaimEvidence> evidence(long caseId);

    /** Customer and order date of a case's invoice, for the contract price look-up. */
    Optional<PricingContext> pricingContext(long caseId);

    /** Invoices paid in part with money still open (for the short-payment sweep). */
    List<ShortPayCandidate> shortPayCandidates();

    /** The payment of this number (a short payment's case names the payment it came from). */
    Optional<com.orderdesk.model.cash.CashPayment> paymentByNumber(String number);

    Optional<WriteOffLimit> writeOffLimit(long userId);

    void add(WriteOffLimit limit);

    /** Cases opened between the days (inclusive), withdrawn ones left out, with their products and node. */
    List<RootCauses.CaseFact> caseFacts(LocalDate from, LocalDate to);

    void flush();

    /** The customer and order date a pricing claim is judged on (order date null: the invoice date). */
    record PricingContext(long customerId, LocalDate orderDate, java.math.BigDecimal taxRate) {
    }
}
