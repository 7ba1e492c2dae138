package com.orderdesk.application.cash;

import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.matching.Application;
import com.orderdesk.logic.cash.matching.ApplicationStatus;
import com.orderdesk.logic.cash.matching.MatchingEngine;
import com.orderdesk.logic.cash.matching.Payment;
import com.orderdesk.model.cash.CashPayment;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Feeds the matching engine from the database and keeps its proposals on the payments. One run
 * covers every open payment up to the day, so two payments never both take the same invoice.
 */
final class CashMatching {
    private static final int CHUNK = 200;
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
            List<CashPayment> open = cash.openPaymentsUpTo(day);
            // The engine matches in chunks so the bar moves and Cancel is heard; a chunk's answers
            // take the invoices they settle out of the book the next chunk sees.
            List<Application> all = new ArrayList<>();
            List<com.orderdesk.logic.cash.matching.OpenItem> items = new ArrayList<>(book.openItems);
            for (int from = 0; from < open.size(); from += CHUNK) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                List<Payment> chunk = new ArrayList<>();
                for (CashPayment p : open.subList(from, Math.min(open.size(), from + CHUNK))) {
                    chunk.add(toEnginePayment(p));
                }
                List<Application> rows = new MatchingEngine(book.customers, items).matchAll(chunk);
                all.addAll(rows);
                items = consume(items, rows);
                progress.accept(0.1 + 0.8 * Math.min(open.size(), from + CHUNK) / Math.max(1, open.size()));
            }
            java.util.Set<Long> reversed = cash.reversedPaymentIds();
            int[] counts = store(book, open, all, reversed);
            audit.record(user, AuditEvent.of(user.userName(), CashActions.CASH_MATCH, "PAYMENTS", day.toString())
                    .withChange(null, AuditValues.json(java.util.Map.of("auto", counts[0], "suggested", counts[1],
                            "unapplied", counts[2]))));
            progress.accept(1.0);
            return new MatchOutcome(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1_000_000);
        });
    }

    static Payment toEnginePayment(CashPayment p) {
        // a file that named no currency: the engine then never takes it for a USD payment
        String currency = CashFileImport.NO_CURRENCY.equals(p.currency()) ? "" : p.currency();
        return new Payment(p.number(), p.receivedDate(), p.amount().amount(), currency, p.payerName(),
                p.payerAccountKey(), p.reference());
    }

    private static List<com.orderdesk.logic.cash.matching.OpenItem> consume(
            List<com.orderdesk.logic.cash.matching.OpenItem> items, List<Application> rows) {
        Map<String, java.math.BigDecimal> settled = new LinkedHashMap<>();
        for (Application a : rows) {
            if (a.invoiceNo() != null) {
                settled.merge(a.invoiceNo(), a.appliedAmount().add(a.discountAmount()).add(a.deductionAmount()),
                        java.math.BigDecimal::add);
            }
        }
        List<com.orderdesk.logic.cash.matching.OpenItem> left = new ArrayList<>(items.size());
        for (var o : items) {
            java.math.BigDecimal taken = settled.get(o.invoiceNo());
            java.math.BigDecimal rest = taken == null ? o.openAmount() : o.openAmount().subtract(taken);
            if (rest.signum() > 0) {
                left.add(taken == null ? o : new com.orderdesk.logic.cash.matching.OpenItem(o.invoiceNo(), o.customerNo(),
                        o.invoiceDate(), o.dueDate(), o.originalAmount(), rest, o.currency(), o.discountPct(), o.discountUntil()));
            }
        }
        return left;
    }

    private int[] store(CashBook book, List<CashPayment> open, List<Application> rows,
                               java.util.Set<Long> reversed) {
        Map<String, List<Application>> byPayment = new LinkedHashMap<>();
        rows.forEach(a -> byPayment.computeIfAbsent(a.paymentId(), k -> new ArrayList<>()).add(a));
        int[] counts = new int[3];
        for (CashPayment p : open) {
            List<Application> mine = byPayment.getOrDefault(p.number(), List.of());
            MatchStatus status = verdict(mine);
            if (status == MatchStatus.AUTO && reversed.contains(p.id())) {
                status = MatchStatus.SUGGESTED; // a person reversed it once: a person decides again
            }
            counts[status.ordinal()]++;
            List<ProposalLine> lines = new ArrayList<>();
            List<String> invoices = new ArrayList<>();
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
            p.setProposal(status, confidence, truncate(reason), lines);
            String customerNo = book.identify(p.payerAccountKey(), p.payerName(), invoices);
            if (customerNo != null) {
                p.setCustomer(cash.customerReference(book.customerIds.get(customerNo)));
            }
        }
        return counts;
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
