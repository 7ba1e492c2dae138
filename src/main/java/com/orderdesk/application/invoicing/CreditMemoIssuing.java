package com.orderdesk.application.invoicing;

import com.orderdesk.logic.invoicing.CreditDecision;
import com.orderdesk.logic.invoicing.CreditMemoPolicy;
import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.PriorCredits;
import com.orderdesk.logic.invoicing.TaxAmount;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.CreditMemoLine;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues credit memos: {@link CreditMemoPolicy} decides what may be credited given the invoice and
 * every earlier memo on it, then one transaction takes the next CREDIT_MEMO number, stores the memo
 * and lowers the invoice's open amount (its status follows the money).
 */
final class CreditMemoIssuing {
    static final String CREDIT_MEMO_ISSUE = "CREDIT_MEMO_ISSUE";
    static final String CREDIT_MEMO_SERIES = "CREDIT_MEMO";

    private final UnitOfWork uow;
    private final InvoiceRepository invoices;
    private final AuditRecorder audit;
    private final Clock clock;
    private final CreditMemoPolicy policy = new CreditMemoPolicy();

    private final com.orderdesk.application.order.OrderSettlement settlement;

    CreditMemoIssuing(UnitOfWork uow, InvoiceRepository invoices, AuditRecorder audit, Clock clock,
                      com.orderdesk.application.order.OrderSettlement settlement) {
        this.settlement = settlement;
        this.uow = uow;
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Carries a refusal out of the transaction (which then rolls back: nothing stored, no number). */
    private static final class Refused extends RuntimeException {
        final List<String> problems;

        Refused(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = problems;
        }
    }

    String issue(SignedInUser user, String invoiceNumber, CreditRequest request) throws CreditRefusedException {
        try {
            return uow.write("Issuing the credit memo on " + invoiceNumber, () -> issueIn(invoiceNumber, request, user));
        } catch (Refused r) {
            throw new CreditRefusedException(r.problems);
        }
    }

    private String issueIn(String invoiceNumber, CreditRequest request, SignedInUser actor) {
        String user = actor.userName();
        Invoice invoice = invoices.invoice(invoiceNumber)
                .orElseThrow(() -> new StoreException("There is no invoice " + invoiceNumber + "."));
        List<CreditMemo> earlier = invoices.memosOf(invoice);
        CreditDecision decision = policy.decide(invoiceNumber, StoredDocuments.totalsOf(invoice), prior(earlier), request);
        if (!decision.accepted()) {
            throw new Refused(decision.problems());
        }
        String number = invoices.nextNumber(CREDIT_MEMO_SERIES);
        List<CreditMemoLine> lines = decision.lines().stream()
                .map(l -> new CreditMemoLine(l.lineNo(), l.sku(), l.description(), l.quantity().intValue(), l.amount(), l.taxable(),
                        l.withheld()))
                .toList();
        Money tax = decision.taxes().stream().map(TaxAmount::tax).reduce(Money.ZERO, Money::plus);
        Money credited = invoice.credited().plus(decision.total());
        InvoiceStanding after = InvoiceStanding.stored(invoice.total(), invoice.paid(), credited);
        Money used = invoice.applyCredit(decision.total(), InvoiceStatus.valueOf(after.name()));
        LocalDate today = LocalDate.now(clock);
        CreditMemo memo = new CreditMemo(number, invoice, today, request.reason().strip(), lines,
                InvoiceIssuing.taxes(decision.taxes()), decision.linesAmount(), tax, decision.total(),
                decision.total().minus(used), user, clock.instant());
        invoices.add(memo);
        // credit memos count: an order whose invoices are settled by them is PAID
        settlement.follow(java.util.Collections.singletonList(invoice.order() == null ? null : invoice.order().id()));
        audit.record(actor, AuditEvent.of(user, CREDIT_MEMO_ISSUE, "CREDIT_MEMO", number)
                .withChange(null, AuditValues.json(java.util.Map.of("invoice", invoiceNumber, "total", decision.total().toString())))
                .withReason(request.reason().strip()));
        return number;
    }

    /** The invoice and its earlier memos, as {@link #issueIn} decides on them (read inside the caller's unit of work). */
    com.orderdesk.logic.invoicing.CreditBasis basis(String invoiceNumber) {
        Invoice invoice = invoices.invoice(invoiceNumber)
                .orElseThrow(() -> new StoreException("There is no invoice " + invoiceNumber + "."));
        return new com.orderdesk.logic.invoicing.CreditBasis(invoiceNumber, StoredDocuments.totalsOf(invoice),
                prior(invoices.memosOf(invoice)));
    }

    private static PriorCredits prior(List<CreditMemo> memos) {
        Map<Integer, PriorCredits.Credited> byLine = new HashMap<>();
        Money total = Money.ZERO;
        for (CreditMemo m : memos) {
            total = total.plus(m.total());
            for (CreditMemoLine l : m.lines()) {
                byLine.merge(l.lineNo(), new PriorCredits.Credited(BigDecimal.valueOf(l.quantity()), l.amount()),
                        (a, b) -> new PriorCredits.Credited(a.quantity().add(b.quantity()), a.amount().plus(b.amount())));
            }
        }
        return new PriorCredits(byLine, total);
    }
}
