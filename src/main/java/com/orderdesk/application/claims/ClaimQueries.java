package com.orderdesk.application.claims;

import com.orderdesk.application.invoicing.StoredDocuments;
import com.orderdesk.logic.claims.ChargebackDocument;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimProposer;
import com.orderdesk.logic.claims.EvidenceLine;
import com.orderdesk.logic.claims.Proposal;
import com.orderdesk.logic.common.PaperMoney;
import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimSettlement;
import com.orderdesk.model.common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The desk's reads that need more than one query: the evidence with its proposal, the chargeback document. */
final class ClaimQueries {
    private final ClaimsRepository claims;
    private final ContractPriceOnDate prices;
    private final Clock clock;

    ClaimQueries(ClaimsRepository claims, ContractPriceOnDate prices, Clock clock) {
        this.claims = claims;
        this.prices = prices;
        this.clock = clock;
    }

    /** The case's evidence with the contract price valid on the order date beside each line, and the book's proposal. */
    ClaimEvidence evidence(long caseId) {
        ClaimEvidence e = claims.evidence(caseId).orElseThrow(() -> new IllegalArgumentException("There is no such case."));
        ClaimsRepository.PricingContext ctx = claims.pricingContext(caseId).orElseThrow();
        LocalDate day = ctx.orderDate() != null ? ctx.orderDate() : e.invoice().issueDate();
        Map<String, Money> contract = prices.prices(ctx.customerId(), e.lines().stream().map(EvidenceLine::sku).toList(), day);
        List<EvidenceLine> lines = new ArrayList<>();
        for (EvidenceLine l : e.lines()) {
            lines.add(new EvidenceLine(l.lineNo(), l.sku(), l.description(), l.invoicedQty(), l.unit(), l.unitPrice(),
                    l.discountPct(), l.net(), l.taxable(), l.orderedQty(), l.shippedOnInvoice(), l.shippedInAll(),
                    contract.get(l.sku())));
        }
        Proposal proposal = ClaimProposer.propose(e.claim().reason(), e.claim().amount(), day, lines, ctx.taxRate());
        return new ClaimEvidence(e.claim(), e.invoice(), e.order(), lines, e.shipments(), e.payment(), e.earlier(),
                e.history(), e.settlements(), proposal);
    }

    ChargebackDocument chargeback(String documentNumber) {
        String n = documentNumber == null ? "" : documentNumber.strip().toUpperCase(Locale.ROOT);
        ClaimSettlement s = claims.settlement(n).filter(x -> x.kind().isChargebackSeries())
                .orElseThrow(() -> new IllegalArgumentException("There is no chargeback " + documentNumber + "."));
        ClaimCase c = s.claim();
        List<String> why = new ArrayList<>();
        String paid = c.payment() == null ? "" : " taken on payment " + c.payment().number() + " of " + ReadableDates.format(c.payment().receivedDate());
        switch (s.kind()) {
            case CHARGEBACK -> {
                why.add("Your " + c.kind().label().toLowerCase(Locale.ROOT) + " of " + PaperMoney.withCode(c.amount()) + paid + " against invoice "
                        + c.invoice().number() + " (" + c.reason().label().toLowerCase(Locale.ROOT) + ") was reviewed"
                        + (s.amount().compareTo(c.amount()) < 0 ? "; " + PaperMoney.withCode(s.amount()) + " of it was found not valid." : " and found not valid."));
                why.add("Our finding: " + s.note());
                why.add("The amount remains due; please pay it with your next remittance, quoting " + s.documentNumber()
                        + " and " + c.invoice().number() + ".");
            }
            case CREDIT_REBILL -> {
                why.add("The credit of " + PaperMoney.withCode(s.amount()) + " given on " + c.invoice().number() + " for case " + c.number() + " ("
                        + s.reversalOf().documentNumber() + ") is withdrawn: " + s.note());
                why.add("The amount is due again; please pay it quoting " + s.documentNumber() + ".");
            }
            case CHARGEBACK_CANCEL -> {
                why.add("Chargeback " + s.reversalOf().documentNumber() + " of " + PaperMoney.withCode(s.amount()) + " is cancelled: " + s.note());
                why.add("The amount is no longer due under that chargeback; case " + c.number() + " is being reviewed again.");
            }
            default -> throw new IllegalStateException(s.kind() + " is not printed as a chargeback");
        }
        return new ChargebackDocument(s.documentNumber(), s.kind(), s.issuedOn(), c.customer().number(),
                StoredDocuments.billTo(c.customer()), c.number(), c.invoice().number(), c.invoice().issueDate(),
                c.invoice().dueDate(), c.payment() == null ? null : c.payment().number(),
                c.payment() == null ? null : c.payment().receivedDate(), c.reason().label(), c.amount(), s.amount(), why,
                s.reversalOf() == null ? null : s.reversalOf().documentNumber(), s.issuedBy(), LocalDate.now(clock),
                claims.printedBefore(s.documentNumber()));
    }

}
