package com.orderdesk.application.cash;

import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.ApplicationStatus;
import com.orderdesk.logic.cash.matching.MatchingEngine;
import com.orderdesk.logic.cash.matching.Payment;
import com.orderdesk.model.cash.MatchStatus;
import com.orderdesk.model.cash.ProposalLine;
import com.orderdesk.model.common.Money;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Feeds the matching engine from the database and keeps its proposals on the payments. One run
 * covers every open payment up to the day, so two payments never both take the same invoice.
 */
final class CashMatching {
    private final UnitOfWork uow;
    private final CashRepository cash;
    private final AuditRecorder audit;

    CashMatching(UnitOfWork uow, CashRepository cash, AuditRecorder audit) {
        this.uow = uow;
        this.cash = cash;
        this.audit = audit;
    }

    MatchOutcome autoMatch(SignedInUser user, LocalDate day, DoubleConsumer progress, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        return uow.write("Matching the payments", () -> {
            CashBook book = CashBook.load(cash);
            progress.accept(0.1);
            List<CashRepository.OpenPayment> open = cash.openPaymentRowsUpTo(day);
            List<Payment> payments = new ArrayList<>(open.size());
            for (CashRepository.OpenPayment p : open) {
                payments.add(toEnginePayment(p));
            }
            // One run over every open payment and every open item: the engine indexes the book once,
            // and a payment naming an invoice wins it over an amount-only match anywhere in the day.
            List<Application> all = new MatchingEngine(book.customers, book.openItems)
                    .matchAll(payments, done -> progress.accept(0.1 + 0.75 * done), cancelled);
            java.util.Set<Long> reversed = cash.reversedPaymentIds();
            int[] counts = new int[3];
            cash.saveProposals(proposals(book, open, all, reversed, counts));
            audit.record(user, AuditEvent.of(user.userName(), CashActions.CASH_MATCH, "PAYMENTS", day.toString())
                    .withChange(null, AuditValues.json(java.util.Map.of("auto", counts[0], "suggested", counts[1],
                            "unapplied", counts[2]))));
            progress.accept(1.0);
            return new MatchOutcome(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1_000_000);
        });
    }

    static Payment toEnginePayment(CashRepository.OpenPayment p) {
        // a file that named no currency: the engine then never takes it for a USD payment
        String currency = CashFileImport.NO_CURRENCY.equals(p.currency()) ? "" : p.currency();
        return new Payment(p.number(), p.received(), p.amount().amount(), currency, p.payerName(),
                p.payerAccountKey(), p.reference());
    }

    private static List<CashRepository.ProposalUpdate> proposals(CashBook book, List<CashRepository.OpenPayment> open,
                                                                 List<Application> rows, java.util.Set<Long> reversed,
                                                                 int[] counts) {
        Map<String, List<Application>> byPayment = new HashMap<>(open.size() * 2);
        rows.forEach(a -> byPayment.computeIfAbsent(a.paymentId(), k -> new ArrayList<>(2)).add(a));
        List<CashRepository.ProposalUpdate> updates = new ArrayList<>(open.size());
        for (CashRepository.OpenPayment p : open) {
            List<Application> mine = byPayment.getOrDefault(p.number(), List.of());
            MatchStatus status = verdict(mine);
            if (status == MatchStatus.AUTO && reversed.contains(p.id())) {
                status = MatchStatus.SUGGESTED; // a person reversed it once: a person decides again
            }
            counts[status.ordinal()]++;
            List<ProposalLine> lines = new ArrayList<>(mine.size());
            List<String> invoices = new ArrayList<>(mine.size());
            String reason = null;
            double confidence = 0;
            for (Application a : mine) {
                lines.add(new ProposalLine(a.invoiceNo(), Money.of(a.appliedAmount()), Money.of(a.discountAmount()),
                        Money.of(a.deductionAmount()), MatchStatus.valueOf(a.status().name())));
                if (a.invoiceNo() != null) {
                    invoices.add(a.invoiceNo());
                    reason = reason == null ? a.reason() : reason;
                    confidence = Math.max(confidence, a.confidence());
                }
            }
            if (reason == null && !mine.isEmpty()) {
                reason = mine.get(0).reason();
                confidence = mine.get(0).confidence();
            }
            String customerNo = book.identify(p.payerAccountKey(), p.payerName(), invoices);
            Long customerId = customerNo == null ? null : book.customerIds.get(customerNo);
            updates.add(new CashRepository.ProposalUpdate(p.id(), p.version(), p.number(), status, confidence,
                    truncate(reason), customerId, lines));
        }
        return updates;
    }

    /** AUTO only when every invoice row is AUTO; UNAPPLIED when no invoice row at all. */
    static MatchStatus verdict(List<Application> rows) {
        boolean anyInvoice = false;
        boolean allAuto = true;
        for (Application a : rows) {
            if (a.invoiceNo() != null) {
                anyInvoice = true;
                allAuto &= a.status() == ApplicationStatus.AUTO;
            }
        }
        return !anyInvoice ? MatchStatus.UNAPPLIED : allAuto ? MatchStatus.AUTO : MatchStatus.SUGGESTED;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
