package com.orderdesk.persistence.invoicing;

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
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.PersistenceErrors;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Issues credit memos: {@link CreditMemoPolicy} decides what may be credited given the invoice and
 * every earlier memo on it, then one transaction takes the next CREDIT_MEMO number, stores the memo
 * and lowers the invoice's open amount (its status follows the money).
 */
final class CreditMemoIssuer {
    private final Database db;
    private final Clock clock;
    private final CreditMemoPolicy policy = new CreditMemoPolicy();

    CreditMemoIssuer(Database db, Clock clock) {
        this.db = db;
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

    String issue(String invoiceNumber, CreditRequest request, String user) throws CreditRefusedException {
        try {
            return db.write(s -> issueIn(s, invoiceNumber, request, user));
        } catch (Refused r) {
            throw new CreditRefusedException(r.problems);
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate("Issuing the credit memo on " + invoiceNumber, e);
        }
    }

    private String issueIn(Session s, String invoiceNumber, CreditRequest request, String user) {
        Invoice invoice = s.createSelectionQuery("from Invoice i where i.number = :n", Invoice.class)
                .setParameter("n", invoiceNumber).getSingleResultOrNull();
        if (invoice == null) {
            throw new StoreException("There is no invoice " + invoiceNumber + ".");
        }
        List<CreditMemo> earlier = s.createSelectionQuery("from CreditMemo m where m.invoice = :i", CreditMemo.class)
                .setParameter("i", invoice).getResultList();
        CreditDecision decision = policy.decide(invoiceNumber, StoredDocuments.totalsOf(invoice), prior(earlier), request);
        if (!decision.accepted()) {
            throw new Refused(decision.problems());
        }
        String number = DocumentNumberAllocator.next(s, DocumentNumberAllocator.CREDIT_MEMO);
        List<CreditMemoLine> lines = decision.lines().stream()
                .map(l -> new CreditMemoLine(l.lineNo(), l.sku(), l.description(), l.quantity().intValue(), l.amount(), l.taxable()))
                .toList();
        Money tax = decision.taxes().stream().map(TaxAmount::tax).reduce(Money.ZERO, Money::plus);
        Money credited = invoice.credited().plus(decision.total());
        InvoiceStanding after = InvoiceStanding.stored(invoice.total(), invoice.paid(), credited);
        Money used = invoice.applyCredit(decision.total(), InvoiceStatus.valueOf(after.name()));
        LocalDate today = LocalDate.now(clock);
        CreditMemo memo = new CreditMemo(number, invoice, today, request.reason().strip(), lines,
                InvoiceIssuer.taxes(decision.taxes()), decision.linesAmount(), tax, decision.total(),
                decision.total().minus(used), user, clock.instant());
        s.persist(memo);
        return number;
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
