package com.orderdesk.demo;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.claims.ClaimUseCases;
import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.application.claims.ReturnsUseCases;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.logic.claims.ReturnableLine;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.CurrentSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Returns and cases in every state for the demo book, made by the same use cases the screens call
 * (disputes opened, assigned, moved, resolved valid / invalid / partly valid / written off, closed;
 * RMAs authorized, partly and fully received, cancelled; the short-pay sweep). One that the book
 * refuses is logged and skipped: the demo must open even when a rule says no.
 */
public final class ClaimsDemo {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimsDemo.class);
    private static final ClaimReason[] REASONS = {ClaimReason.PRICING, ClaimReason.QUANTITY_SHORT, ClaimReason.DAMAGED,
        ClaimReason.NOT_RECEIVED, ClaimReason.FREIGHT, ClaimReason.TAX, ClaimReason.DUPLICATE_BILLING, ClaimReason.OTHER};

    private ClaimsDemo() {
    }

    /** The reasons the demo's disputes take in turn. */
    static List<ClaimReason> reasons() {
        return List.of(REASONS);
    }

    public static void fill(UnitOfWork uow, ClaimUseCases claims, ReturnsUseCases returns, Clock clock, AuditKey key) {
        var ar = DemoBook.user("arthur", key);
        var clerk = DemoBook.user("olivia", key);
        var manager = DemoBook.user("carmen", key);
        // each dispute on an invoice issued before its day, then moved back to that day (issue: all were 0 days old)
        DemoClaimAges ages = DemoClaimAges.of(uow, LocalDate.now(clock));
        for (int i = 0; i < DemoClaimAges.disputes(); i++) {
            int step = i;
            String invoice = ages.invoiceFor(step).orElse(null);
            if (invoice == null) {
                LOG.info("demo: no open invoice issued before {} for a dispute", ages.openedOn(step));
                continue;
            }
            attempt("dispute on " + invoice, () -> {
                Money openAmount = uow.read(() -> Money.ofCents(((Number) CurrentSession.get().createNativeQuery(
                        "SELECT open_cents FROM invoice WHERE invoice_no = ?1", Object.class).setParameter(1, invoice)
                        .getSingleResult()).longValue()));
                Money amount = Money.of(openAmount.amount().multiply(new BigDecimal("0.08"))).max(Money.of("5.00")).min(openAmount);
                String number = claims.openDispute(step % 3 == 0 ? clerk : ar, new DisputeRequest(invoice,
                        REASONS[step % REASONS.length], amount, "Customer called about invoice " + invoice + "."));
                work(claims, ar, manager, number, step, REASONS[step % REASONS.length]);
                ages.backdate(uow, number, step);
            });
        }
        attempt("short-pay sweep", () -> claims.sweepShortPayments(ar));
        List<String> billed = uow.read(() -> CurrentSession.get().createNativeQuery("SELECT invoice_no FROM invoice"
                + " WHERE order_id IS NOT NULL ORDER BY id DESC", String.class).setFirstResult(20).setMaxResults(8).getResultList());
        ReturnReason[] why = ReturnReason.values();
        for (int i = 0; i < billed.size(); i++) {
            int step = i;
            String invoice = billed.get(i);
            attempt("return on " + invoice, () -> {
                List<ReturnableLine> lines = returns.returnable(clerk, invoice);
                ReturnableLine line = lines.stream().filter(l -> l.returnable() > 0).findFirst().orElse(null);
                if (line == null) {
                    return;
                }
                int qty = Math.min(line.returnable(), 1 + step % 3);
                String number = returns.authorize(step % 2 == 0 ? clerk : ar, new ReturnRequest(invoice, line.lineNo(), qty,
                        why[step % why.length], step == 4 ? "Long-standing customer, first return" : null, null,
                        "Please pack in the original cartons."));
                ReturnRow r = returns.list(clerk).rows().stream().filter(x -> x.number().equals(number)).findFirst().orElseThrow();
                switch (step % 4) {
                    case 1 -> {
                        DemoClaimNotes.Receipt all = DemoClaimNotes.received(why[step % why.length]);
                        returns.receive(clerk, r.id(), r.version(), all.toStock() ? qty : 0, all.toStock() ? 0 : qty, all.note());
                    }
                    case 2 -> { // one unit of the return (the rest still to come when there are more)
                        DemoClaimNotes.Receipt one = qty > 1 ? DemoClaimNotes.firstReceived(why[step % why.length])
                                : DemoClaimNotes.received(why[step % why.length]);
                        returns.receive(clerk, r.id(), r.version(), one.toStock() ? 1 : 0, one.toStock() ? 0 : 1, one.note());
                    }
                    case 3 -> returns.cancelRest(clerk, r.id(), r.version(), "Customer decided to keep the goods.");
                    default -> { } // still authorized, on its way
                }
            });
        }
    }

    /** Takes the dispute one or more steps along, so every status shows in the queue. */
    private static void work(ClaimUseCases claims, com.orderdesk.logic.security.SignedInUser ar,
                             com.orderdesk.logic.security.SignedInUser manager, String number, int step,
                             ClaimReason reason) {
        switch (step % 7) {
            case 1 -> {
                claims.assign(ar, row(claims, ar, number).id(), row(claims, ar, number).version(), "arthur");
                claims.moveTo(ar, row(claims, ar, number).id(), row(claims, ar, number).version(), ClaimStatus.RESEARCHING,
                        DemoClaimNotes.researching(reason));
            }
            case 2 -> claims.moveTo(ar, row(claims, ar, number).id(), row(claims, ar, number).version(),
                    ClaimStatus.WAITING_ON_CUSTOMER, DemoClaimNotes.waiting(reason));
            case 3 -> {
                ClaimRow c = row(claims, ar, number);
                claims.resolve(ar, c.id(), c.version(), Resolution.valid(c.amount(), DemoClaimNotes.valid(reason)));
                if (step > 7) {
                    ClaimRow again = row(claims, ar, number);
                    claims.close(ar, again.id(), again.version(), "Credit sent with the statement.");
                }
            }
            case 4 -> {
                ClaimRow c = row(claims, ar, number);
                claims.resolve(ar, c.id(), c.version(), Resolution.invalid(DemoClaimNotes.invalid(reason)));
            }
            case 5 -> {
                ClaimRow c = row(claims, ar, number);
                Money half = Money.of(c.amount().amount().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP));
                claims.resolve(ar, c.id(), c.version(), new Resolution(half, SettlementPlan.Rest.CHARGEBACK,
                        DemoClaimNotes.partlyValid(reason)));
            }
            case 6 -> {
                ClaimRow c = row(claims, ar, number);
                claims.resolve(manager, c.id(), c.version(), Resolution.writeOff("Not worth chasing; goodwill."));
            }
            default -> { } // open, nobody has looked yet
        }
    }

    private static ClaimRow row(ClaimUseCases claims, com.orderdesk.logic.security.SignedInUser ar, String number) {
        return claims.queue(ar).rows().stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }

    private static void attempt(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.info("demo: {} skipped: {}", what, e.getMessage());
        }
    }
}
